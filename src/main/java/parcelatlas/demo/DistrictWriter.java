package parcelatlas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Column;
import parcelatlas.storage.ColumnType;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.LayerWriter;
import parcelatlas.storage.RowInserter;

/**
 * Writes one district of a scaled demo on one connection, inside the caller's transaction: the
 * four layers through {@link LayerWriter} (COPY on PostGIS, JDBC batches on H2GIS), then the
 * reports, investments, milestones, issues, stage histories and taxes through the dialect's
 * {@link RowInserter}, with the ids of the district's zones and projects looked up once.
 */
final class DistrictWriter {
  static final String ACTOR = "demo";
  private static final Layer[] ORDER = {Layer.PARKS, Layer.PARCELS, Layer.DEMOLITION_ZONES, Layer.PROJECTS,
      Layer.CONTEXT_POINTS};

  private final Connection connection;
  private final Dialect dialect;
  private final BaseCity base;

  DistrictWriter(Connection connection, Dialect dialect, BaseCity base) {
    this.connection = connection;
    this.dialect = dialect;
    this.base = base;
  }

  /** True when the district's first park is stored: districts are written whole or not at all. */
  boolean isLoaded(District district) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM parks WHERE code = ?")) {
      s.setString(1, district.code(base.firstParkCode()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** Writes every row of the district; returns how many parcels it has. */
  int write(DistrictCopy copy) throws SQLException {
    for (Layer layer : ORDER) {
      try (LayerWriter writer = new LayerWriter(connection, layer, dialect)) {
        for (BaseCity.Row row : base.rows(layer)) {
          writer.insert(copy.row(row.row(), row.projected(), layer.table()));
        }
        writer.flush();
      }
    }
    Map<String, Long> zones = ids(Layer.DEMOLITION_ZONES, copy);
    Map<String, Long> projects = ids(Layer.PROJECTS, copy);
    insert("demolition_reports", "zone_id:I report_date:D signed_households:I demolished_households:I"
        + " cleared_area_m2:N note:T reported_by:T", "demolition_reports.csv",
        r -> Arrays.asList(zones.get(copy.code(r.get("zone_code"))), day(r.get("report_date")),
            Integer.parseInt(r.get("signed_households")), Integer.parseInt(r.get("demolished_households")),
            Double.parseDouble(r.get("cleared_area_m2")), copy.text(blank(r.get("note"))), ACTOR));
    insert("project_investments", "project_id:I month_start:D completed_wan:N", "project_investments.csv",
        r -> Arrays.asList(projects.get(copy.code(r.get("project_code"))), month(r.get("month")),
            Double.parseDouble(r.get("completed_wan"))));
    insert("project_milestones", "project_id:I seq:I name:T planned_date:D actual_date:D",
        "project_milestones.csv", r -> Arrays.asList(projects.get(copy.code(r.get("project_code"))),
            Integer.parseInt(r.get("seq")), copy.text(r.get("name")), day(r.get("planned_date")),
            day(r.get("actual_date"))));
    insert("project_issues", "project_id:I seq:I description:T raised_on:D responsible:T closed_on:D resolution:T",
        "project_issues.csv", r -> Arrays.asList(projects.get(copy.code(r.get("project_code"))),
            Integer.parseInt(r.get("seq")), copy.text(r.get("description")), day(r.get("raised_on")),
            copy.unit(blank(r.get("responsible"))), day(r.get("closed_on")),
            copy.text(blank(r.get("resolution")))));
    insert("project_stage_changes", "project_id:I stage:T effective_date:D recorded_by:T", "project_stages.csv",
        r -> Arrays.asList(projects.get(copy.code(r.get("project_code"))), r.get("stage"),
            day(r.get("effective_date")), ACTOR));
    insert("project_taxes", "project_id:I month_start:D paid_wan:N", "project_taxes.csv",
        r -> Arrays.asList(projects.get(copy.code(r.get("project_code"))), month(r.get("month")),
            Double.parseDouble(r.get("paid_wan"))));
    return base.rows(Layer.PARCELS).size();
  }

  /** The district's ids of a layer's features, by code, in one query. */
  private Map<String, Long> ids(Layer layer, DistrictCopy copy) throws SQLException {
    List<String> codes = base.rows(layer).stream().map(r -> copy.code(r.row().code())).toList();
    Map<String, Long> ids = new HashMap<>();
    String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT code, id FROM " + layer.table() + " WHERE code IN (" + marks + ")")) {
      for (int i = 0; i < codes.size(); i++) {
        s.setString(i + 1, codes.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return ids;
  }

  private interface RowValues {
    List<Object> of(Map<String, String> row);
  }

  /** Sends every row of a CSV table into {@code table}; columns as "name:type" (I, N, D, T). */
  private void insert(String table, String columns, String csv, RowValues values) throws SQLException {
    List<Column> cols = Arrays.stream(columns.split(" ")).map(DistrictWriter::column).toList();
    try (RowInserter inserter = dialect.rowInserter(connection, table, cols)) {
      for (Map<String, String> row : base.table(csv)) {
        inserter.add(values.of(row));
      }
      inserter.flush();
    }
  }

  private static Column column(String spec) {
    String[] parts = spec.split(":");
    ColumnType type = switch (parts[1]) {
      case "I" -> ColumnType.INTEGER;
      case "N" -> ColumnType.NUMBER;
      case "D" -> ColumnType.DATE;
      default -> ColumnType.TEXT;
    };
    return new Column(parts[0], type);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate day(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  private static LocalDate month(String s) {
    return YearMonth.parse(s).atDay(1);
  }
}
