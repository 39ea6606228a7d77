package parcelatlas.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

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
    if (lonLat == null || lonLat.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      Geometry part = lonLat.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        sum += polygonArea(polygon);
      } else if (part instanceof GeometryCollection) {
        sum += squareMetres(part);
      }
    }
    return sum;
  }

  private static double polygonArea(Polygon polygon) {
    if (polygon.isEmpty()) {
      return 0;
    }
    double area = ringArea(polygon.getExteriorRing());
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      area -= ringArea(polygon.getInteriorRingN(h));
    }
    return Math.max(0, area);
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
