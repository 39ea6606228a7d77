package parcelatlas.features;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * A condition on a collection's rows: SQL over the alias {@code t} (and the collection's joins)
 * with a {@code ?} for every value, and those values in order. The SQL text is built only by
 * code from allow-listed identifiers; request text reaches the database only as parameters.
 */
public record RowFilter(String sql, List<Object> params) {

  public RowFilter {
    params = List.copyOf(params);
  }

  /**
   * Features intersecting a WGS84 box. {@code &&} comes first so that both databases use the
   * spatial index (H2GIS does not for ST_Intersects alone). A box crossing the antimeridian is
   * the two boxes west..180 and -180..east, either of which a feature may intersect.
   */
  public static RowFilter bbox(BBox box) {
    if (box.crossesAntimeridian()) {
      RowFilter west = box(box.west(), box.south(), 180, box.north());
      RowFilter east = box(-180, box.south(), box.east(), box.north());
      return new RowFilter("((" + west.sql() + ") OR (" + east.sql() + "))",
          java.util.stream.Stream.concat(west.params().stream(), east.params().stream()).toList());
    }
    return box(box.west(), box.south(), box.east(), box.north());
  }

  /**
   * Rows whose {@code column}'s bounding box meets a WGS84 box ({@code &&} alone, through the
   * spatial index); a box crossing the antimeridian is the two boxes west..180 and -180..east.
   */
  public static RowFilter boxMeets(String column, BBox box) {
    String envelope = column + " && ST_MakeEnvelope(?, ?, ?, ?, 4326)";
    if (box.crossesAntimeridian()) {
      return new RowFilter("(" + envelope + " OR " + envelope + ")",
          List.of(box.west(), box.south(), 180.0, box.north(), -180.0, box.south(), box.east(), box.north()));
    }
    return new RowFilter(envelope, List.of(box.west(), box.south(), box.east(), box.north()));
  }

  private static RowFilter box(double west, double south, double east, double north) {
    // one String for every request: its hash is computed once, and the statement built from it is
    // found by FeatureSql's cache of statement texts
    return new RowFilter(BOX_SQL, List.of(west, south, east, north, west, south, east, north));
  }

  /** The condition of {@link #box}: the index's {@code &&}, then the exact test, both against the same envelope. */
  private static final String BOX_SQL = "t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
      + " AND ST_Intersects(t.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))";

  /** Features intersecting a WGS84 geometry (a drawn polygon, a park boundary), index first. */
  public static RowFilter intersects(Geometry wgs84) {
    Envelope e = wgs84.getEnvelopeInternal();
    return new RowFilter("t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
        + " AND ST_Intersects(t.geom, ST_GeomFromText(?, 4326))",
        List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), new WKTWriter(2).write(wgs84)));
  }

  /**
   * Features intersecting the boundary of the park with this code (none when there is no such
   * park: check first). The code is a parameter; {@code &&} against the boundary comes first so
   * both databases can use the layer's spatial index with the (uncorrelated) boundary subquery.
   */
  public static RowFilter park(String code) {
    String boundary = "(SELECT b.geom FROM parks b WHERE b.code = ?)";
    return new RowFilter("t.geom && " + boundary + " AND ST_Intersects(t.geom, " + boundary + ")", List.of(code, code));
  }
}
