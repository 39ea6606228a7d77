package parcelatlas.photos;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * How far, in metres on the WGS84 ellipsoid, a photo's position lies from a site (a zone's
 * boundary or a project's point), never in degrees: 0 inside the site. Every vertex of the site is
 * placed by its geodesic distance and azimuth from the photo (an azimuthal equidistant projection
 * centred on the photo, exact for distances from that centre), and the distance is measured there.
 */
public final class SiteDistance {
  private static final GeometryFactory PLANE = new GeometryFactory();

  private SiteDistance() {}

  /** Metres from ({@code lon}, {@code lat}) to {@code site}, whose coordinates are longitude, latitude. */
  public static double metres(double lon, double lat, Geometry site) {
    if (site.contains(site.getFactory().createPoint(new Coordinate(lon, lat)))) {
      return 0;
    }
    Geometry projected = site.copy();
    projected.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
      GeodesicData g = Geodesic.WGS84.Inverse(lat, lon, c.y, c.x);
      double azimuth = Math.toRadians(g.azi1);
      c.x = g.s12 * Math.sin(azimuth);
      c.y = g.s12 * Math.cos(azimuth);
    });
    projected.geometryChanged();
    return projected.distance(PLANE.createPoint(new Coordinate(0, 0)));
  }
}
