package parcelatlas.web;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.features.BBox;
import parcelatlas.features.RowFilter;

/**
 * The {@code bbox} parameter of an items request as a row filter, read in the CRS named by
 * {@code bbox-crs} (Part 2) and in that CRS's axis order. A CRS84 box is used as it is; a
 * latitude-first geographic box has its axes swapped; a projected box is not a longitude/latitude
 * rectangle, so its outline, densified as {@link OgcCrs#toLonLat(Geometry)} does, is transformed
 * to WGS84 and the features intersecting that polygon are kept.
 */
final class OgcBBox {
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
    try {
      crs.check(v[0], v[1]);
      crs.check(v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("bbox: " + e.getMessage());
    }
    Geometry rectangle = new GeometryFactory().toGeometry(new Envelope(v[0], v[2], v[1], v[3]));
    return RowFilter.intersects(crs.toLonLat(rectangle));
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
