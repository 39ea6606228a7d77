package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Grids of points across each CRS family, transformed by {@link Reprojector} and by
 * {@code gdaltransform} (PROJ 9.1 underneath) at test time: within 1 cm both ways. The
 * projected side of each pair starts from GDAL's own output, so the inverse is checked on
 * exactly the coordinates PROJ produced. Maximum errors per family are printed at the end.
 */
class ReprojectorAgainstGdalTest {
  static final double TOLERANCE_METRES = 0.01;
  private static final Map<String, Double> MAX_ERRORS = new TreeMap<>();

  @Test
  void cgcs2000ThreeDegreeZonesWithZonePrefixMatchProjAcrossTheWholeZone() {
    bothWays("CGCS2000 3-degree zone 39 (4527)", 4490, 4527, 115.5, 118.5, 18, 54, 13);
  }

  @Test
  void cgcs2000ThreeDegreeCentralMeridianVariantsMatchProj() {
    bothWays("CGCS2000 3-degree CM 108E (4545)", 4490, 4545, 106.5, 109.5, 18, 54, 13);
  }

  @Test
  void cgcs2000SixDegreeZonesMatchProjIncludingTheZoneEdges() {
    bothWays("CGCS2000 6-degree zone 21 (4499)", 4490, 4499, 120, 126, 18, 54, 13);
    bothWays("CGCS2000 6-degree CM 117E (4509)", 4490, 4509, 114, 120, 18, 54, 13);
  }

  @Test
  void cgcs2000GaussKrugerFromWgs84IsTheSameAsFromCgcs2000() {
    bothWays("CGCS2000 zone 39 from WGS 84 (4326-4527)", 4326, 4527, 115.5, 118.5, 18, 54, 9);
  }

  @Test
  void beijing1954GaussKrugerMatchesProjOnItsOwnDatum() {
    bothWays("Beijing 1954 3-degree CM 120E on 4214 (2437)", 4214, 2437, 118.5, 121.5, 24, 54, 13);
    bothWays("Beijing 1954 3-degree zone 39 on 4214 (2415)", 4214, 2415, 115.5, 118.5, 22, 50, 9);
  }

  @Test
  void beijing1954GaussKrugerToWgs84MatchesProjsRegionalHelmertChoice() {
    bothWays("Beijing 1954 CM 120E to WGS 84 (2437-4326)", 4326, 2437, 118.5, 121.5, 24, 54, 25);
    bothWays("Beijing 1954 6-degree zone 19 to WGS 84 (21419-4326)", 4326, 21419, 108, 114,
        17.5, 45, 25);
    bothWays("Beijing 1954 6-degree CM 117E to WGS 84 (21460-4326)", 4326, 21460, 114, 120,
        20, 52, 19);
  }

  @Test
  void beijing1954GeographicToWgs84MatchesProjAllOverChina() {
    bothWays("Beijing 1954 geographic to WGS 84 (4214-4326)", 4214, 4326, 73, 135, 16.5, 54, 32);
  }

  @Test
  void beijing1954ToWgs84ProjectionsMatchProj() {
    bothWays("Beijing 1954 to UTM 50N (4214-32650)", 4214, 32650, 114, 120, 18, 54, 19);
    bothWays("Beijing 1954 to Web Mercator (4214-3857)", 4214, 3857, 100, 125, 17, 45, 26);
    projectedPair("Beijing 1954 CM 108E to Web Mercator (2433-3857)", 4214, 2433, 3857,
        106.5, 109.5, 18, 42.5, 19);
  }

  @Test
  void xian1980GaussKrugerMatchesProjOnItsDatumAndAgainstWgs84() {
    bothWays("Xian 1980 3-degree CM 114E on 4610 (2383)", 4610, 2383, 112.5, 115.5, 18, 46, 13);
    bothWays("Xian 1980 3-degree CM 114E to WGS 84 (2383-4326)", 4326, 2383, 112.5, 115.5, 18,
        46, 13);
    bothWays("Xian 1980 6-degree zone 19 to WGS 84 (2333-4326)", 4326, 2333, 108, 114, 18, 46, 13);
  }

  @Test
  void utmMatchesProjNorthSouthAndAtTheAntimeridian() {
    bothWays("UTM 50N (32650)", 4326, 32650, 114, 120, 0, 84, 15);
    bothWays("UTM 50S (32750)", 4326, 32750, 114, 120, -80, 0, 15);
    bothWays("UTM 1N (32601)", 4326, 32601, -180, -174, 0, 84, 7);
    bothWays("UTM 60S (32760)", 4326, 32760, 174, 180, -80, 0, 7);
  }

  @Test
  void webMercatorMatchesProjWorldwide() {
    bothWays("Web Mercator (3857)", 4326, 3857, -180, 180, -85, 85, 19);
    bothWays("Web Mercator from CGCS2000 (4490-3857)", 4490, 3857, 73, 135, 17, 54, 9);
  }

  @AfterAll
  static void printMaximumErrors() {
    System.out.println("Maximum error against PROJ 9.1 (gdaltransform), metres:");
    MAX_ERRORS.forEach((family, error) ->
        System.out.printf(Locale.ROOT, "  %-58s %.2e%n", family, error));
  }

  static List<double[]> grid(double west, double east, double south, double north, int n) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        points.add(new double[] {
          west + (east - west) * i / (n - 1), south + (north - south) * j / (n - 1)
        });
      }
    }
    return points;
  }

  /** Lon/lat grid on {@code geographic}, to {@code projected} and back, against GDAL. */
  private static void bothWays(String family, int geographic, int projected, double west,
      double east, double south, double north, int n) {
    List<double[]> lonLat = grid(west, east, south, north, n);
    List<double[]> forward = compare(family, geographic, projected, lonLat);
    compare(family, projected, geographic, forward);
  }

  /** Both directions between two projected CRSs, starting from a lon/lat grid on {@code geog}. */
  private static void projectedPair(String family, int geog, int a, int b, double west,
      double east, double south, double north, int n) {
    List<double[]> inA = GdalTools.transform(geog, a, grid(west, east, south, north, n));
    List<double[]> inB = compare(family, a, b, inA);
    compare(family, b, a, inB);
  }

  /** Transforms with both, asserts agreement within 1 cm, returns GDAL's results. */
  static List<double[]> compare(String family, int from, int to, List<double[]> points) {
    List<double[]> expected = GdalTools.transform(from, to, points);
    Reprojector reprojector = Reprojector.of(Crs.epsg(from), Crs.epsg(to));
    boolean geographic = Crs.epsg(to).isGeographic();
    double worst = 0;
    String where = "";
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      double[] got = reprojector.transform(p[0], p[1]);
      double error = distanceMetres(got, expected.get(i), geographic);
      if (!(error <= worst)) {
        worst = error;
        where = String.format(Locale.ROOT, "at (%.6f, %.6f): got (%.9f, %.9f), PROJ (%.9f, %.9f)",
            p[0], p[1], got[0], got[1], expected.get(i)[0], expected.get(i)[1]);
      }
    }
    MAX_ERRORS.merge(family, worst, Math::max);
    assertTrue(worst <= TOLERANCE_METRES, family + " EPSG:" + from + " -> EPSG:" + to
        + " differs from PROJ by " + worst + " m " + where);
    return expected;
  }

  static double distanceMetres(double[] a, double[] b, boolean geographic) {
    if (!geographic) {
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
    double r = Math.toRadians(6378137.0);
    double dLon = Projection.wrap(a[0] - b[0]) * r * Math.cos(Math.toRadians(b[1]));
    return Math.hypot(dLon, (a[1] - b[1]) * r);
  }
}
