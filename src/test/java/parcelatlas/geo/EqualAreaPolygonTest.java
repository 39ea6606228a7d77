package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** The fast area agrees with GeographicLib's geodesic polygon area to 0.01% on many polygons. */
class EqualAreaPolygonTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final double LIMIT = 1e-4;
  private static final double M_PER_DEGREE = 111_320;

  @Test
  void smallParcelsAnywhereAgreeWithGeodesicArea() {
    SplittableRandom random = new SplittableRandom(1);
    double worst = 0;
    for (int i = 0; i < 2000; i++) {
      double lat = -60 + random.nextDouble() * 135;
      double lon = -180 + random.nextDouble() * 360;
      worst = Math.max(worst, check(star(random, lon, lat, 20 + random.nextDouble() * 400)));
    }
    assertTrue(worst < 1e-7, "parcels agree far better than the limit: worst " + worst);
  }

  @Test
  void largeParksAndHighLatitudesAgreeWithGeodesicArea() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 1000; i++) {
      double lat = i % 2 == 0 ? random.nextDouble() * 60 : 60 + random.nextDouble() * 22;
      double radius = 2_000 + random.nextDouble() * 23_000;
      check(star(random, 73 + random.nextDouble() * 62, lat, radius));
    }
  }

  @Test
  void polygonsDrawnInGaussKrugerAndUtmAgreeWithGeodesicArea() {
    SplittableRandom random = new SplittableRandom(3);
    // CGCS2000 GK zone 39 with zone prefix, GK CM 120 without, Beijing 1954 GK, UTM 50N, 33N (70°N)
    Object[][] systems = {{4527, 39_500_000.0, 3_300_000.0}, {4549, 500_000.0, 4_400_000.0},
      {2435, 500_000.0, 3_500_000.0}, {32650, 500_000.0, 2_500_000.0}, {32633, 500_000.0, 7_800_000.0}};
    for (Object[] system : systems) {
      Reprojector toWgs84 = Reprojector.of(Crs.epsg((Integer) system[0]), Crs.WGS84);
      for (int i = 0; i < 300; i++) {
        double x = (Double) system[1] + (random.nextDouble() - 0.5) * 300_000;
        double y = (Double) system[2] + (random.nextDouble() - 0.5) * 300_000;
        double radius = i % 3 == 0 ? 5_000 + random.nextDouble() * 15_000 : 30 + random.nextDouble() * 300;
        Polygon drawn = starMetres(random, x, y, radius, 1, 1);
        check(toWgs84.apply(drawn));
      }
    }
  }

  @Test
  void holesPartsCollectionsAntimeridianAndDegenerateInputs() {
    SplittableRandom random = new SplittableRandom(4);
    Polygon outer = star(random, 116, 40, 3000);
    Polygon hole = (Polygon) star(random, 116, 40, 500).reverse();
    Polygon withHole = GF.createPolygon(outer.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()});
    check(withHole);
    Geometry multi = GF.createMultiPolygon(new Polygon[] {withHole, star(random, 116.2, 40.1, 800)});
    check(multi);
    check(GF.createGeometryCollection(new Geometry[] {multi, GF.createPoint(new Coordinate(1, 1))}));
    check(star(random, 179.999, -16, 2000));
    assertEquals(0, EqualAreaPolygon.squareMetres(null));
    assertEquals(0, EqualAreaPolygon.squareMetres(GF.createPolygon()));
    assertEquals(0, EqualAreaPolygon.squareMetres(outer.getExteriorRing()));
  }

  /** Asserts agreement within the limit; returns the relative difference. */
  private static double check(Geometry lonLat) {
    double expected = GeodesicArea.squareMetres(lonLat);
    double got = EqualAreaPolygon.squareMetres(lonLat);
    double relative = Math.abs(got - expected) / expected;
    assertTrue(relative <= LIMIT, "relative error " + relative + " for " + lonLat.getEnvelopeInternal()
        + ": " + got + " m² against " + expected);
    return relative;
  }

  /** A random star-shaped polygon of about {@code radius} metres around lon/lat. */
  private static Polygon star(SplittableRandom random, double lon, double lat, double radius) {
    double sx = 1 / (M_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    double sy = 1 / M_PER_DEGREE;
    return starMetres(random, lon, lat, radius, sx, sy);
  }

  private static Polygon starMetres(SplittableRandom random, double cx, double cy, double radius,
      double sx, double sy) {
    int n = 4 + random.nextInt(40);
    Coordinate[] ring = new Coordinate[n + 1];
    double start = random.nextDouble() * Math.PI;
    for (int i = 0; i < n; i++) {
      double angle = start + 2 * Math.PI * i / n;
      double r = radius * (0.4 + 0.6 * random.nextDouble());
      ring[i] = new Coordinate(cx + r * Math.cos(angle) * sx, cy + r * Math.sin(angle) * sy);
    }
    ring[n] = ring[0].copy();
    return GF.createPolygon(ring);
  }
}
