package parcelatlas.web;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.features.BBox;
import parcelatlas.features.RowFilter;

/**
 * The {@code bbox} parameter of an items request as a row filter, read in the CRS named by
 * {@code bbox-crs} (Part 2) and in that CRS's axis order. A CRS84 box is used as it is; a
 * latitude-first geographic box has its axes swapped; a projected box is not a longitude/latitude
 * rectangle, so its outline, densified to {@value #STEPS} points per side, is transformed to
 * WGS84 and the features intersecting that polygon are kept.
 */
final class OgcBBox {
  private static final int STEPS = 32;

  private OgcBBox() {}

  /** The filter for {@code bbox} (null: none); failures are 400s naming the parameter. */
  static RowFilter filter(String bbox, OgcCrs crs) {
    if (bbox == null) {
      return null;
    }
    if (crs.isCrs84()) {
      return RowFilter.bbox(ApiException.orBadRequest(() -> BBox.parse(bbox)));
    }
    double[] v = numbers(bbox, crs);
    if (crs.isGeographic()) {
      String lonLat = v[1] + "," + v[0] + "," + v[3] + "," + v[2];
      return RowFilter.bbox(ApiException.orBadRequest(() -> BBox.parse(lonLat)));
    }
    List<Coordinate> ring = new ArrayList<>();
    side(ring, crs, v[0], v[1], v[2], v[1]);
    side(ring, crs, v[2], v[1], v[2], v[3]);
    side(ring, crs, v[2], v[3], v[0], v[3]);
    side(ring, crs, v[0], v[3], v[0], v[1]);
    ring.add(new Coordinate(ring.get(0)));
    return RowFilter.intersects(new GeometryFactory().createPolygon(ring.toArray(Coordinate[]::new)));
  }

  /** The points of one side, its end excluded, as WGS84 longitude/latitude. */
  private static void side(List<Coordinate> ring, OgcCrs crs, double a0, double b0, double a1, double b1) {
    for (int i = 0; i < STEPS; i++) {
      double t = (double) i / STEPS;
      double[] lonLat = crs.toLonLat(a0 + (a1 - a0) * t, b0 + (b1 - b0) * t);
      ring.add(new Coordinate(lonLat[0], lonLat[1]));
    }
  }

  private static double[] numbers(String bbox, OgcCrs crs) {
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw ApiException.badRequest("bbox must be four numbers in the axis order of bbox-crs " + crs.uri());
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bbox value '" + parts[i] + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw ApiException.badRequest("bbox value '" + parts[i] + "' is not a finite number");
      }
    }
    if (!(v[0] <= v[2] && v[1] <= v[3])) {
      throw ApiException.badRequest("bbox minimums must not exceed maximums");
    }
    return v;
  }
}
