package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.photos.SiteDistance;

/**
 * ContextMetres measures each distinct vertex once, and ParcelOutline (what the stored distances
 * are measured with) only the vertices that decide, yet both must give exactly SiteDistance's
 * double (a plot's facts and its stored distances agree to the last bit): checked on random parcels — irregular rings, holes, two-part parcels, long thin strips — at latitudes of
 * China's cities and points from inside the parcel to 300 km away, in every direction.
 */
class ContextMetresTest {
  private static final GeometryFactory WGS84 = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);

  @Test
  void equals_site_distance_to_the_last_bit_on_random_parcels_and_points() {
    Random random = new Random(20261205);
    for (int i = 0; i < 4000; i++) {
      double lon = 75 + random.nextDouble() * 60;
      double lat = 18 + random.nextDouble() * 35;
      Geometry parcel = parcel(random, lon, lat);
      ParcelOutline outline = ParcelOutline.of(parcel);
      for (int j = 0; j < 5; j++) {
        double reach = Math.pow(10, -4 + random.nextDouble() * 6.4) / 111.0; // ~1 m to ~300 km, in degrees
        double bearing = random.nextDouble() * 2 * Math.PI;
        double px = lon + reach * Math.sin(bearing) / Math.cos(Math.toRadians(lat));
        double py = lat + reach * Math.cos(bearing);
        double exact = SiteDistance.metres(px, py, parcel);
        assertEquals(exact, ContextMetres.metres(px, py, parcel), () -> "point " + px + " " + py + " to " + parcel);
        assertEquals(exact, outline.metres(px, py), () -> "outline: point " + px + " " + py + " to " + parcel);
      }
    }
  }

  /**
   * ParcelOutline solves the geodesic problem for one or two vertices and places the others by a
   * first-order expansion: it must still give SiteDistance's double where the choice is hardest —
   * rings of many vertices on a near-circle (neighbouring segments almost as near as the nearest),
   * points from 20 m to 300 km, latitudes from the equator to 75° on both sides, parcels up to the
   * largest that take the quick way.
   */
  @Test
  void outline_equals_site_distance_on_many_sided_parcels_everywhere() {
    Random random = new Random(20261206);
    for (int i = 0; i < 1500; i++) {
      double lat = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * 75;
      double lon = -179 + random.nextDouble() * 358;
      double size = Math.pow(10, -4 + random.nextDouble() * 2.3) / 2; // 10 m to ~5 km across
      int n = 8 + random.nextInt(60);
      Coordinate[] c = new Coordinate[n + 1];
      double k = Math.cos(Math.toRadians(lat));
      for (int v = 0; v < n; v++) {
        double angle = 2 * Math.PI * v / n;
        double r = size * (1 - 0.02 * random.nextDouble());
        c[v] = new Coordinate(lon + r * Math.cos(angle) / k, Math.max(-75, Math.min(75, lat + r * Math.sin(angle))));
      }
      c[n] = c[0];
      Geometry parcel = WGS84.createPolygon(c);
      ParcelOutline outline = ParcelOutline.of(parcel);
      for (int j = 0; j < 8; j++) {
        double reach = Math.pow(10, -3.7 + random.nextDouble() * 5.1) / 111.0; // ~20 m to ~250 km beyond
        double bearing = random.nextDouble() * 2 * Math.PI;
        double px = lon + (size + reach) * Math.sin(bearing) / k;
        double py = lat + (size + reach) * Math.cos(bearing);
        if (Math.abs(py) < 89 && Math.abs(px) < 180) {
          assertEquals(SiteDistance.metres(px, py, parcel), outline.metres(px, py),
              () -> "point " + px + " " + py + " to " + parcel);
        }
      }
    }
  }

  private static Geometry parcel(Random random, double lon, double lat) {
    int kind = random.nextInt(4);
    double size = 0.0005 + random.nextDouble() * 0.01;
    Polygon a = ring(random, lon, lat, size, kind == 1);
    if (kind == 2) {
      return WGS84.createMultiPolygon(new Polygon[] {a, ring(random, lon + size * 3, lat + size, size, false)});
    }
    if (kind == 3) { // a long thin strip, many vertices along its sides
      Coordinate[] c = new Coordinate[41];
      for (int k = 0; k < 20; k++) {
        c[k] = new Coordinate(lon + k * size, lat + random.nextDouble() * size * 0.05);
        c[39 - k] = new Coordinate(lon + k * size, lat + size * 0.3 + random.nextDouble() * size * 0.05);
      }
      c[40] = c[0];
      return WGS84.createPolygon(c);
    }
    return a;
  }

  /** A star-shaped ring of 4–12 vertices around (lon, lat), with a hole when asked. */
  private static Polygon ring(Random random, double lon, double lat, double size, boolean hole) {
    int n = 4 + random.nextInt(9);
    Coordinate[] c = new Coordinate[n + 1];
    for (int k = 0; k < n; k++) {
      double angle = 2 * Math.PI * k / n;
      double r = size * (0.6 + 0.4 * random.nextDouble());
      c[k] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
    }
    c[n] = c[0];
    LinearRing shell = WGS84.createLinearRing(c);
    if (!hole) {
      return WGS84.createPolygon(shell);
    }
    double h = size * 0.3;
    LinearRing inner = WGS84.createLinearRing(new Coordinate[] {new Coordinate(lon - h, lat - h),
        new Coordinate(lon - h, lat + h), new Coordinate(lon + h, lat + h), new Coordinate(lon + h, lat - h),
        new Coordinate(lon - h, lat - h)});
    return WGS84.createPolygon(shell, new LinearRing[] {inner});
  }
}
