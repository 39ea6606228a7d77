package parcelatlas.features;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A page of the items endpoint written as JSON while its rows are read ({@link FeatureReader#itemsJson}):
 * the same statement, limit + 1 rows, cursor and counting policy as {@link FeatureReader#items}.
 * The JSON goes into memory while the connection is held and is sent after, so a slow client
 * never holds a connection and a failed query sends nothing; each call starts a fresh buffer (a
 * storage that runs the work again starts from nothing).
 */
final class ItemsJsonPage {
  private ItemsJsonPage() {}

  static ItemsJson read(Connection c, FeatureQuery query, FeatureCursor after, boolean count, LocalDate today,
      FeatureJsonRows.Geometry geometry, FeatureJsonRows.Generators generators, FeatureJsonRows.Form form)
      throws SQLException {
    PageBuffer out = new PageBuffer(query.limit(), form);
    int returned = 0;
    List<Object> lastKeys = null;
    long lastId = 0;
    boolean more = false;
    try (PreparedStatement s = binary(FeatureJdbc.prepare(c, FeatureSql.items(query, after)));
        ResultSet rs = s.executeQuery(); JsonGenerator g = generators.open(out)) {
      g.writeStartArray();
      FeatureJsonRows rows = null;
      while (rs.next()) {
        if (returned == query.limit()) {
          more = true;
          break;
        }
        if (rows == null) {
          rows = new FeatureJsonRows(query.collection(), rs, today, geometry, form);
        }
        rows.write(g, rs);
        if (++returned == query.limit()) {
          lastId = rows.id(rs);
          lastKeys = keys(rs, query.sortBy());
        }
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long start = after == null ? query.offset() : after.position();
    FeatureCursor next = more ? new FeatureCursor(lastKeys, lastId, start + query.limit()) : null;
    return new ItemsJson(out.bytes(), out.size(), returned, FeatureReader.matched(c, query, after, count, more, returned), next);
  }

  /**
   * On PostgreSQL, the page's numbers, ids and dates in the binary protocol from a connection's
   * first page on (the driver switches a statement to it only from its fifth execution on that
   * connection): no text parsed per value.
   */
  private static PreparedStatement binary(PreparedStatement s) throws SQLException {
    WkbRows.binaryTransfer(s);
    return s;
  }

  /**
   * The page's buffer, handed on as it is (no copy). Its first size is what the last page of the same
   * form took plus a quarter ({@link #firstSize}), at most 1.25 KB a feature of the limit (a demo
   * parcel takes about 1 KB, so a full page of parcels fits without growing): a page of a few
   * features no longer allocates (and zeroes) 128 KB, which at small boxes was 60% of the bytes the
   * portal allocated. Each form keeps its own estimate: OGC items pages (often a few KB) and investor
   * pages (about 105 KB) interleave, and one shared estimate made an investor page after a small
   * items page grow its buffer (a copy). A page larger than the estimate grows the buffer, as any
   * buffer would.
   */
  static final class PageBuffer extends ByteArrayOutputStream {
    /** The size of the last page written in each form ({@link FeatureJsonRows.Form#ordinal}), by any thread. */
    private static final AtomicIntegerArray LAST_SIZE = new AtomicIntegerArray(FeatureJsonRows.Form.values().length);

    private final FeatureJsonRows.Form form;

    PageBuffer(int limit, FeatureJsonRows.Form form) {
      super(firstSize(limit, LAST_SIZE.get(form.ordinal())));
      this.form = form;
    }

    /** At least 4 KB; the last page's size and a quarter; at most 1.25 KB a feature of the limit, and 128 KB. */
    static int firstSize(int limit, int last) {
      int forLimit = Math.min(131_072, limit * 1_280);
      int estimate = last <= 0 ? forLimit : last + last / 4;
      return Math.max(4_096, Math.min(forLimit, estimate));
    }

    /** The buffer's size now (the first size until a write grows it). */
    int capacity() {
      return buf.length;
    }

    byte[] bytes() {
      LAST_SIZE.set(form.ordinal(), count);
      return buf;
    }
  }

  /** The raw sort key values of the current row (before rounding), as a cursor holds them. */
  private static List<Object> keys(ResultSet rs, List<SortKey> sortBy) throws SQLException {
    List<Object> keys = new ArrayList<>(sortBy.size());
    for (SortKey k : sortBy) {
      keys.add(FeatureJdbc.value(rs, k.property()));
    }
    return keys;
  }
}
