package parcelatlas.testing;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;

/** Expected counts for area exports, computed by JTS over every feature (WKB from the database), not by the SQL under test. */
public final class AreaCounts {
  private AreaCounts() {}

  /** Features of {@code table} intersecting {@code area}; with {@code publicOnly}, parcels only if available or listed. */
  public static long intersecting(Storage storage, String table, Geometry area, boolean publicOnly) {
    WKBReader wkb = new WKBReader();
    long n = 0;
    for (Map<String, Object> row : Sql.rows(storage, "SELECT ST_AsBinary(geom) AS wkb"
        + (table.equals("parcels") ? ", status" : ", 'public' AS status") + " FROM " + table)) {
      boolean visible = !publicOnly || List.of("available", "listed", "public").contains(row.get("status"));
      if (visible && read(wkb, row).intersects(area)) {
        n++;
      }
    }
    return n;
  }

  /** A park's boundary, exactly as stored. */
  public static Geometry park(Storage storage, String code) {
    return read(new WKBReader(), Sql.rows(storage, "SELECT ST_AsBinary(geom) AS wkb FROM parks WHERE code = ?", code).get(0));
  }

  private static Geometry read(WKBReader wkb, Map<String, Object> row) {
    try {
      return wkb.read((byte[]) row.get("wkb"));
    } catch (ParseException e) {
      throw new AssertionError("bad WKB from the database", e);
    }
  }
}
