package parcelatlas.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import parcelatlas.geo.Crs;

/** The GeoPackage metadata tables and rows, and a feature table's DDL. Names come from the catalog. */
final class GeoPackageSchema {
  private GeoPackageSchema() {}

  static List<String> metadata() {
    return List.of(
        "PRAGMA application_id = 1196444487",
        "PRAGMA user_version = 10300",
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
            + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
            + " description TEXT)",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL)",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)",
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
            + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
            + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
            + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
            + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
            + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
  }

  static String featureTable(String table, List<Columns.Column> columns) {
    return "CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom BLOB, "
        + columns.stream().map(c -> "\"" + c.title() + "\" " + type(c)).collect(Collectors.joining(", ")) + ")";
  }

  private static String type(Columns.Column c) {
    return switch (c.kind()) {
      case INTEGER -> "INTEGER";
      case NUMBER -> "REAL";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      default -> "TEXT";
    };
  }

  static void registerCrs(Connection c, Crs crs) throws SQLException {
    if (crs.epsg() == 0 || crs.epsg() == -1) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, NULL)")) {
      s.setString(1, crs.name());
      s.setInt(2, crs.epsg());
      s.setInt(3, crs.epsg());
      s.setString(4, crs.toPrj());
      s.executeUpdate();
    }
  }

  static void describe(Connection c, String table, String title, String type, int srs, Envelope e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
        + " description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, table);
      s.setString(2, table);
      s.setString(3, title);
      s.setDouble(4, e.getMinX());
      s.setDouble(5, e.getMinY());
      s.setDouble(6, e.getMaxX());
      s.setDouble(7, e.getMaxY());
      s.setInt(8, srs);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
      s.setString(1, table);
      s.setString(2, type);
      s.setInt(3, srs);
      s.executeUpdate();
    }
  }
}
