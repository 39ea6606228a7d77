package parcelatlas.web;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.features.BBox;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.Plans;
import parcelatlas.features.RowFilter;

/**
 * The {@code bbox} parameter of an items request as a row filter (and its plan choice), read in the CRS named by
 * {@code bbox-crs} (Part 2) and in that CRS's axis order. Four numbers, or six with heights (the
 * heights are ignored: the layers are 2-D). A CRS84 box is used as it is, and like a
 * latitude-first geographic box (axes swapped) may cross the antimeridian (west &gt; east); a
 * projected box is not a longitude/latitude rectangle, so its outline, densified as
 * {@link OgcCrs#toLonLat(Geometry)} does, is transformed to WGS84 and the features intersecting
 * that polygon are kept.
 */
final class OgcBBox {
  private OgcBBox() {}

  /** A parsed {@code bbox}: its row filter and how a page in it is planned ({@link Plans#forBox}). */
  record Box(RowFilter filter, Plans plans) {
    /** The query restricted to the box, planned for it; the query itself when there is no box (null). */
    static FeatureQuery on(Box box, FeatureQuery query) {
      return box == null ? query : query.where(box.filter).planned(box.plans);
    }

    private static Box of(BBox b) {
      return new Box(RowFilter.bbox(b), Plans.forBox(b.west(), b.south(), b.east(), b.north()));
    }
  }

  /** The box of {@code bbox} (null: none); failures are 400s naming the parameter. */
  static Box parse(String bbox, OgcCrs crs) {
    if (bbox == null) {
      return null;
    }
    if (crs.isCrs84()) {
      return Box.of(BBox.parse(bbox));
    }
    double[] v = BBox.numbers(bbox, "in the axis order of bbox-crs " + crs.uri());
    if (crs.isGeographic()) {
      return Box.of(BBox.of(new double[] {v[1], v[0], v[3], v[2]}));
    }
    if (!(v[0] <= v[2] && v[1] <= v[3])) {
      throw ApiException.badRequest("bbox minimums must not exceed maximums in a projected bbox-crs");
    }
    try {
      crs.check(v[0], v[1]);
      crs.check(v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("bbox: " + e.getMessage());
    }
    Geometry lonLat = crs.toLonLat(new GeometryFactory().toGeometry(new Envelope(v[0], v[2], v[1], v[3])));
    Envelope e = lonLat.getEnvelopeInternal();
    return new Box(RowFilter.intersects(lonLat), Plans.forBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
  }
}
