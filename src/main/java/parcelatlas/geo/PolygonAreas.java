package parcelatlas.geo;

import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A geometry's area from the area of its rings, the rule {@link GeodesicArea} and
 * {@link LonLatPlaneArea} share: a polygon is its exterior less its holes (never below 0),
 * multi-polygons and collections sum over their parts, points, lines, null and empty give 0.
 */
final class PolygonAreas {
  private PolygonAreas() {}

  static double sum(Geometry geometry, ToDoubleFunction<LineString> ringArea) {
    if (geometry == null || geometry.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon && !polygon.isEmpty()) {
        double area = ringArea.applyAsDouble(polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          area -= ringArea.applyAsDouble(polygon.getInteriorRingN(h));
        }
        sum += Math.max(0, area);
      } else if (part instanceof GeometryCollection && part != geometry) {
        sum += sum(part, ringArea);
      }
    }
    return sum;
  }
}
