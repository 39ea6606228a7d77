package parcelatlas.context;

import java.util.HashMap;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.photos.SiteDistance;

/**
 * {@link SiteDistance#metres}, the same arithmetic step for step (so the same double), with each
 * distinct vertex measured once: a ring's closing vertex repeats its first, and the geodesic
 * problem is most of the cost. Metres on the WGS84 ellipsoid from a point to a WGS84 geometry,
 * 0 inside it.
 */
final class ContextMetres {
  private static final GeometryFactory PLANE = new GeometryFactory();

  private ContextMetres() {}

  static double metres(double lon, double lat, Geometry site) {
    if (site.contains(site.getFactory().createPoint(new Coordinate(lon, lat)))) {
      return 0;
    }
    Geometry projected = site.copy();
    Map<Coordinate, double[]> done = new HashMap<>();
    projected.apply((CoordinateFilter) c -> {
      double[] xy = done.get(c);
      if (xy == null) {
        GeodesicData g = Geodesic.WGS84.Inverse(lat, lon, c.y, c.x);
        double azimuth = Math.toRadians(g.azi1);
        xy = new double[] {g.s12 * Math.sin(azimuth), g.s12 * Math.cos(azimuth)};
        done.put(new Coordinate(c.x, c.y), xy);
      }
      c.x = xy[0];
      c.y = xy[1];
    });
    projected.geometryChanged();
    return projected.distance(PLANE.createPoint(new Coordinate(0, 0)));
  }
}
