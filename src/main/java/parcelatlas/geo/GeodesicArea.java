package parcelatlas.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Area on the WGS84 ellipsoid, by GeographicLib's {@link PolygonArea} (Karney's geodesic
 * polygons, accurate to a few square millimetres for parcels).
 *
 * <p>Contract: input is WGS84 longitude/latitude (x = longitude); a polygon's area is
 * |exterior| minus the |holes|, multi-polygons and collections sum over their parts; points,
 * lines, null and empty geometries give 0. Edges are geodesics, not rhumb lines, and rings may
 * be in either orientation. Limits: no validity check (self-intersecting rings give
 * GeographicLib's signed-sum result), and no check that the input really is lon/lat.
 */
public final class GeodesicArea {
  private GeodesicArea() {}

  /** Area in m² of a (multi)polygon in WGS84 longitude/latitude; holes subtracted; 0 for points/lines. */
  public static double squareMetres(Geometry lonLat) {
    return PolygonAreas.sum(lonLat, GeodesicArea::ringArea);
  }

  private static double ringArea(LineString ring) {
    int n = ring.getNumPoints();
    if (ring.isClosed()) {
      n--;
    }
    if (n < 3) {
      return 0;
    }
    PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
    for (int i = 0; i < n; i++) {
      p.AddPoint(ring.getCoordinateN(i).getY(), ring.getCoordinateN(i).getX());
    }
    PolygonResult r = p.Compute(false, true);
    return Math.abs(r.area);
  }
}
