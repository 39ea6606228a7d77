package parcelatlas.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark helper (not a test, not the product's {@code demo --scale}): multiplies the loaded
 * demo city in a database FACTOR times for the figures benchmark, by copying every park's
 * parcels, projects (with their stage changes, monthly amounts, parcels, zones, milestones and
 * issues) and demolition zones (with their reports) under codes suffixed {@code ~k}, so each
 * township and park holds FACTOR times its projects and zones. Usage: {@code FiguresScaleUp JDBC_URL FACTOR}.
 */
public final class FiguresScaleUp {
  private FiguresScaleUp() {}

  public static void main(String[] args) throws SQLException {
    int factor = Integer.parseInt(args[1]);
    try (Connection c = java.sql.DriverManager.getConnection(args[0])) {
      c.setAutoCommit(false);
      scale(c, factor);
    }
  }

  /** Multiplies the city {@code factor} times on {@code c} (not in autocommit: commits after each copy). */
  public static void scale(Connection c, int factor) throws SQLException {
    {
      long parcels = max(c, "parcels");
      long projects = max(c, "projects");
      long zones = max(c, "demolition_zones");
      for (int k = 1; k < factor; k++) {
        String s = "~" + k;
        copy(c, "parcels", "t", "", "t.id <= " + parcels, s, Map.of("code", "t.code || ?"));
        copy(c, "projects", "t", "", "t.id <= " + projects, s, Map.of("code", "t.code || ?"));
        copy(c, "demolition_zones", "t", "", "t.id <= " + zones, s, Map.of("code", "t.code || ?"));
        String newProject = " JOIN projects o ON o.id = t.project_id JOIN projects n ON n.code = o.code || ?";
        for (String child : List.of("project_stage_changes", "project_taxes", "project_investments",
            "project_milestones", "project_issues")) {
          copy(c, child, "t", newProject, "o.id <= " + projects, s, Map.of("project_id", "n.id"));
        }
        copy(c, "project_parcels", "t", newProject, "o.id <= " + projects, s,
            Map.of("project_id", "n.id", "parcel_code", "t.parcel_code || ?"));
        copy(c, "project_zones", "t", newProject, "o.id <= " + projects, s,
            Map.of("project_id", "n.id", "zone_code", "t.zone_code || ?"));
        copy(c, "demolition_reports", "t",
            " JOIN demolition_zones o ON o.id = t.zone_id JOIN demolition_zones n ON n.code = o.code || ?",
            "o.id <= " + zones, s, Map.of("zone_id", "n.id", "supersedes_id", "NULL"));
        c.commit();
        System.out.println("copy " + k + " of " + (factor - 1) + " done");
      }
    }
  }

  private static long max(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Copies the rows of {@code table} (alias {@code t}) joined by {@code joins} and meeting
   * {@code where}, every column but {@code id} and {@code updated_at} as is unless overridden; each
   * {@code ?} (in the overrides, in column order, then in the joins) is bound to the suffix.
   */
  private static void copy(Connection c, String table, String alias, String joins, String where, String suffix,
      Map<String, String> overrides) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
        columns.add(name);
      }
    }
    columns.removeIf(n -> n.equals("id") || n.equals("updated_at"));
    List<String> values = new ArrayList<>();
    int marks = 0;
    for (String col : columns) {
      String value = overrides.getOrDefault(col, alias + "." + col);
      marks += value.contains("?") ? 1 : 0;
      values.add(value);
    }
    marks += joins.contains("?") ? 1 : 0;
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
        + " FROM " + table + " " + alias + joins + " WHERE " + where;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= marks; i++) {
        s.setString(i, suffix);
      }
      s.executeUpdate();
    }
  }
}
