package parcelatlas.context;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import parcelatlas.photos.SiteDistance;

/**
 * The embedded database's {@code ATLAS_GEODESIC_M(a, b)} (migration h2gis/V1_25; PostGIS has a SQL
 * function of the same name over {@code geography}): metres on the WGS84 ellipsoid between two
 * longitude/latitude geometries, 0 when they touch. Exact when either is a point
 * ({@link SiteDistance}: azimuthal equidistant about the point); otherwise the geodesic between the
 * two geometries' nearest points in degrees.
 */
public final class GeodesicSql {
  private GeodesicSql() {}

  /** Null when either is null or empty. */
  public static Double metres(Geometry a, Geometry b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return null;
    }
    if (b instanceof Point p) {
      return SiteDistance.metres(p.getX(), p.getY(), a);
    }
    if (a instanceof Point p) {
      return SiteDistance.metres(p.getX(), p.getY(), b);
    }
    if (a.intersects(b)) {
      return 0.0;
    }
    org.locationtech.jts.geom.Coordinate[] near = DistanceOp.nearestPoints(a, b);
    return Geodesic.WGS84.Inverse(near[0].y, near[0].x, near[1].y, near[1].x).s12;
  }
}
