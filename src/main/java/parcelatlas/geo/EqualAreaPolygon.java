package parcelatlas.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the WGS84 ellipsoid at a fraction of the cost of {@link GeodesicArea}: every vertex is
 * carried to the authalic sphere (same total area as the ellipsoid, areas preserved everywhere)
 * and projected by an oblique Lambert azimuthal equal-area projection centred on the geometry's
 * bounding box; the planar shoelace area of the projected rings is then the ellipsoidal area of a
 * polygon whose edges are straight in that projection. Near the centre those edges differ from
 * geodesics only by second-order terms, so for anything a land bank holds (parcels to parks tens
 * of kilometres across, at any latitude a Chinese or other Gauss-Krüger/UTM dataset covers) the
 * result stays within 0.01% of GeographicLib's geodesic polygon area ({@code EqualAreaPolygonTest}
 * checks 1e-4 on thousands of polygons; parcels agree to about 1e-9).
 *
 * <p>Contract as {@link GeodesicArea}: WGS84 longitude/latitude in (x = longitude); a polygon is
 * |exterior| minus its |holes| (never below 0); multi-polygons and collections sum their parts;
 * points, lines, null and empty give 0; rings in either orientation. Limits: no validity check;
 * a geometry must not enclose a pole or span more than a few hundred kilometres (the error grows
 * with the square of its size); longitudes may cross the antimeridian.
 */
public final class EqualAreaPolygon {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);
  private static final double E = Math.sqrt(E2);
  /** q at the pole; the authalic sphere's radius follows from it. */
  private static final double QP = q(1);
  private static final double R = A * Math.sqrt(QP / 2);

  private EqualAreaPolygon() {}

  /** Area in m² of a (multi)polygon in WGS84 longitude/latitude; holes subtracted; 0 for points/lines. */
  public static double squareMetres(Geometry lonLat) {
    if (lonLat == null || lonLat.isEmpty()) {
      return 0;
    }
    Envelope box = lonLat.getEnvelopeInternal();
    double sinB0 = sinAuthalic(Math.toRadians((box.getMinY() + box.getMaxY()) / 2));
    Centre centre = new Centre(Math.toRadians((box.getMinX() + box.getMaxX()) / 2), sinB0,
        Math.sqrt(1 - sinB0 * sinB0));
    return sum(lonLat, centre);
  }

  private record Centre(double lon, double sinB, double cosB) {}

  private static double sum(Geometry geometry, Centre centre) {
    double sum = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon && !polygon.isEmpty()) {
        double area = ring(polygon.getExteriorRing().getCoordinateSequence(), centre);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          area -= ring(polygon.getInteriorRingN(h).getCoordinateSequence(), centre);
        }
        sum += Math.max(0, area);
      } else if (part instanceof GeometryCollection) {
        sum += sum(part, centre);
      }
    }
    return sum;
  }

  /** |Shoelace area| of one ring after projection; the closing vertex may be repeated or not. */
  private static double ring(CoordinateSequence ring, Centre centre) {
    int n = ring.size();
    if (n > 1 && ring.getX(0) == ring.getX(n - 1) && ring.getY(0) == ring.getY(n - 1)) {
      n--;
    }
    if (n < 3) {
      return 0;
    }
    double[] xy = new double[2];
    project(ring.getX(n - 1), ring.getY(n - 1), centre, xy);
    double px = xy[0];
    double py = xy[1];
    double twice = 0;
    for (int i = 0; i < n; i++) {
      project(ring.getX(i), ring.getY(i), centre, xy);
      twice += px * xy[1] - xy[0] * py;
      px = xy[0];
      py = xy[1];
    }
    return Math.abs(twice) / 2 * R * R;
  }

  /** Oblique Lambert azimuthal equal-area on the unit authalic sphere. */
  private static void project(double lonDegrees, double latDegrees, Centre centre, double[] out) {
    double sinB = sinAuthalic(Math.toRadians(latDegrees));
    double cosB = Math.sqrt(Math.max(0, 1 - sinB * sinB));
    double dLon = Math.toRadians(lonDegrees) - centre.lon;
    if (dLon > Math.PI) {
      dLon -= 2 * Math.PI;
    } else if (dLon < -Math.PI) {
      dLon += 2 * Math.PI;
    }
    double sinL = Math.sin(dLon);
    double cosL = Math.cos(dLon);
    double k = Math.sqrt(2 / (1 + centre.sinB * sinB + centre.cosB * cosB * cosL));
    out[0] = k * cosB * sinL;
    out[1] = k * (centre.cosB * sinB - centre.sinB * cosB * cosL);
  }

  /** Sine of the authalic latitude of geodetic latitude {@code phi} (radians). */
  static double sinAuthalic(double phi) {
    return q(Math.sin(phi)) / QP;
  }

  /** Snyder's q (eq. 3-12) for a latitude with sine {@code s}. */
  private static double q(double s) {
    double es = E * s;
    return (1 - E2) * (s / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
  }
}
