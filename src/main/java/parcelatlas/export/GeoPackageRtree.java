package parcelatlas.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The GeoPackage R-tree spatial index extension ({@code gpkg_rtree_index}, GeoPackage 1.3 Annex
 * F.3) for one feature table's {@code geom} column: the SQLite RTREE virtual table
 * {@code rtree_<table>_geom}, one row per non-empty feature written as the export streams, the
 * registration in {@code gpkg_extensions}, and the six triggers that keep it in step with later
 * edits in desktop GIS.
 *
 * <p>Contract: {@link #create} before the first feature, {@link #add} once per feature with its
 * fid (batched with the feature inserts, so memory does not grow with the layer), then
 * {@link #finish} after the last one. The triggers call {@code ST_IsEmpty}/{@code ST_MinX}…, which
 * GeoPackage readers (GDAL, QGIS) provide but plain SQLite does not; they are therefore created
 * only in {@link #finish}, after our own inserts. Requires SQLite's RTREE module (sqlite-jdbc
 * ships it).
 */
final class GeoPackageRtree implements AutoCloseable {
  static final String EXTENSION = "gpkg_rtree_index";
  private static final String DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree";
  private final String table;
  private final String rtree;
  private final PreparedStatement insert;

  private GeoPackageRtree(Connection c, String table) throws SQLException {
    this.table = table;
    this.rtree = "rtree_" + table + "_geom";
    try (Statement s = c.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE \"" + rtree + "\" USING rtree(id, minx, maxx, miny, maxy)");
    }
    this.insert = c.prepareStatement("INSERT INTO \"" + rtree + "\" VALUES (?, ?, ?, ?, ?)");
  }

  /** Creates the empty R-tree for {@code table}'s {@code geom} column; the name comes from the catalog. */
  static GeoPackageRtree create(Connection c, String table) throws SQLException {
    return new GeoPackageRtree(c, table);
  }

  /** Queues the index row of feature {@code fid}; empty geometries are not indexed. */
  void add(long fid, Envelope e) throws SQLException {
    if (e.isNull()) {
      return;
    }
    insert.setLong(1, fid);
    insert.setDouble(2, e.getMinX());
    insert.setDouble(3, e.getMaxX());
    insert.setDouble(4, e.getMinY());
    insert.setDouble(5, e.getMaxY());
    insert.addBatch();
  }

  /** Writes the queued rows. */
  void flush() throws SQLException {
    insert.executeBatch();
  }

  /** Writes the last rows, registers the extension and adds the triggers. */
  void finish(Connection c) throws SQLException {
    flush();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,"
          + " extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,"
          + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
      for (String trigger : triggers()) {
        s.execute(trigger);
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom', ?, ?, 'write-only')")) {
      s.setString(1, table);
      s.setString(2, EXTENSION);
      s.setString(3, DEFINITION);
      s.executeUpdate();
    }
  }

  private List<String> triggers() {
    String t = "\"" + table + "\"";
    String r = "\"" + rtree + "\"";
    String upsert = " INSERT OR REPLACE INTO " + r
        + " VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));";
    String present = "(NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))";
    String absent = "(NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))";
    return List.of(
        trigger("insert", "AFTER INSERT ON " + t + " WHEN " + present, upsert),
        trigger("update1", "AFTER UPDATE OF geom ON " + t + " WHEN OLD.fid = NEW.fid AND " + present, upsert),
        trigger("update2", "AFTER UPDATE OF geom ON " + t + " WHEN OLD.fid = NEW.fid AND " + absent,
            " DELETE FROM " + r + " WHERE id = OLD.fid;"),
        trigger("update3", "AFTER UPDATE ON " + t + " WHEN OLD.fid != NEW.fid AND " + present,
            " DELETE FROM " + r + " WHERE id = OLD.fid;" + upsert),
        trigger("update4", "AFTER UPDATE ON " + t + " WHEN OLD.fid != NEW.fid AND " + absent,
            " DELETE FROM " + r + " WHERE id IN (OLD.fid, NEW.fid);"),
        trigger("delete", "AFTER DELETE ON " + t + " WHEN OLD.geom NOT NULL",
            " DELETE FROM " + r + " WHERE id = OLD.fid;"));
  }

  private String trigger(String suffix, String when, String body) {
    return "CREATE TRIGGER \"" + rtree + "_" + suffix + "\" " + when + " BEGIN" + body + " END";
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
