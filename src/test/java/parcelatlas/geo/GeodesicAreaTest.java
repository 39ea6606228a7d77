package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);

  @Test
  void aOneDegreeCellMatchesTheClosedFormulaForTheEllipsoidalBand() {
    for (double south : new double[] {0, 21, 39, 52, 75}) {
      double expected = bandArea(south, south + 1, 1);
      double got = GeodesicArea.squareMetres(cell(116, south, 1, 2000));
      assertEquals(expected, got, expected * 1e-6, "cell at " + south + "N");
    }
  }

  @Test
  void aSquareKilometreDrawnInGaussKrugerIsASquareKilometreOnTheEllipsoid() {
    Reprojector toWgs84 = Reprojector.of(Crs.epsg(4527), Crs.WGS84);
    double centreNorthing = 3320113.4;
    for (double offset : new double[] {0, 50_000, 140_000}) {
      Geometry square = square(39_500_000 + offset, centreNorthing, 1000);
      double k = gaussKrugerScale(offset, 30);
      double expected = 1e6 / (k * k);
      double got = GeodesicArea.squareMetres(toWgs84.apply(square));
      assertEquals(expected, got, expected * 1e-5, "offset " + offset + " m, scale " + k);
      assertEquals(1e6, got, 1e6 * 1e-3);
    }
  }

  @Test
  void holesAreSubtractedAndPartsAddedWhateverTheRingOrientation() {
    Polygon outer = cell(116, 30, 1, 200);
    Polygon hole = cell(116.25, 30.25, 0.5, 100);
    Polygon withHole = GF.createPolygon(outer.getExteriorRing(),
        new LinearRing[] {hole.getExteriorRing().reverse()});
    double expected = bandArea(30, 31, 1) - bandArea(30.25, 30.75, 0.5);
    assertEquals(expected, GeodesicArea.squareMetres(withHole), expected * 1e-6);
    Polygon other = cell(100, 30, 1, 200).reverse();
    Geometry multi = GF.createMultiPolygon(new Polygon[] {withHole, other});
    double sum = expected + bandArea(30, 31, 1);
    assertEquals(sum, GeodesicArea.squareMetres(multi), sum * 1e-6);
    Geometry collection = GF.createGeometryCollection(new Geometry[] {
      multi, GF.createPoint(new Coordinate(1, 1)), cell(100, 30, 1, 200).getExteriorRing()
    });
    assertEquals(sum, GeodesicArea.squareMetres(collection), sum * 1e-6);
  }

  @Test
  void pointsLinesNullAndEmptyHaveNoArea() {
    assertEquals(0, GeodesicArea.squareMetres(null));
    assertEquals(0, GeodesicArea.squareMetres(GF.createPolygon()));
    assertEquals(0, GeodesicArea.squareMetres(GF.createPoint(new Coordinate(116, 40))));
    assertEquals(0, GeodesicArea.squareMetres(cell(116, 40, 1, 10).getExteriorRing()));
    assertEquals(0, GeodesicArea.squareMetres(GF.createMultiPoint()));
  }

  /**
   * Area between two parallels over {@code width} degrees of longitude on the WGS84 ellipsoid:
   * a²·Δλ/2·(q(φ2) − q(φ1)), with q the authalic-latitude function
   * q(φ) = (1−e²)·[sinφ/(1−e²sin²φ) + ln((1+e sinφ)/(1−e sinφ))/(2e)].
   */
  static double bandArea(double south, double north, double width) {
    return A * A * Math.toRadians(width) / 2 * (q(north) - q(south));
  }

  private static double q(double latDeg) {
    double s = Math.sin(Math.toRadians(latDeg));
    double e = Math.sqrt(E2);
    return (1 - E2) * (s / (1 - E2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e));
  }

  /** Point scale factor of a k0 = 1 transverse Mercator at easting offset x, to O(x^4). */
  private static double gaussKrugerScale(double x, double latDeg) {
    double s = Math.sin(Math.toRadians(latDeg));
    double w = 1 - E2 * s * s;
    double rho = A * (1 - E2) / Math.pow(w, 1.5);
    double nu = A / Math.sqrt(w);
    double r2 = rho * nu;
    return 1 + x * x / (2 * r2) + x * x * x * x / (24 * r2 * r2);
  }

  /** A lon/lat cell whose north and south edges follow the parallels ({@code n} steps each). */
  static Polygon cell(double west, double south, double size, int n) {
    List<Coordinate> ring = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      ring.add(new Coordinate(west + size * i / n, south));
    }
    for (int i = 0; i <= n; i++) {
      ring.add(new Coordinate(west + size - size * i / n, south + size));
    }
    ring.add(new Coordinate(west, south));
    return GF.createPolygon(ring.toArray(new Coordinate[0]));
  }

  private static Polygon square(double x, double y, double side) {
    double h = side / 2;
    return GF.createPolygon(new Coordinate[] {
      new Coordinate(x - h, y - h), new Coordinate(x + h, y - h), new Coordinate(x + h, y + h),
      new Coordinate(x - h, y + h), new Coordinate(x - h, y - h)
    });
  }
}
