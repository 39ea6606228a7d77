package parcelatlas.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.Layer;

/**
 * What an import changes in a layer that already has rows, by the layer's key (its code): how
 * many rows are new, changed, unchanged, and absent from the file (kept as they are), with a few
 * examples of changes. Computed by the database inside the import's transaction: {@link #snapshot}
 * copies the layer's values (as text) and geometry (as WKB) into {@code import_diff_rows} before
 * anything is written, {@link #compare} joins that copy with the layer as the import leaves it.
 * Linked code lists (a project's parcels) are not compared. One instance serves one import.
 */
public final class ReimportDiff {
  /** The examples of changes a diff carries. */
  public static final int MAX_EXAMPLES = 5;
  private static final int MAX_COLUMNS = 30;

  /** One field of one row before and after ({@code geometry} for the shape; its values are not shown). */
  public record Change(String field, String before, String after) {}

  /** A changed row, by its code. */
  public record Example(String code, List<Change> changes) {}

  /**
   * The counts: {@code existing} rows before the import, {@code added} + {@code changed} +
   * {@code unchanged} the file's rows, {@code absent} the existing rows the file does not hold.
   */
  public record Counts(long existing, long added, long changed, long unchanged, long absent, List<Example> examples) {}

  private final Layer layer;
  private final List<String> columns;
  private final String runId = UUID.randomUUID().toString();
  private long existing = -1;

  public ReimportDiff(Layer layer) {
    this.layer = layer;
    this.columns = layer.columns().stream().map(Field::name).filter(name -> !name.equals("code")).toList();
    if (columns.size() > MAX_COLUMNS) {
      throw new IllegalStateException(layer.id() + " has more columns than import_diff_rows holds");
    }
  }

  /** Copies the layer's rows as they are now; call before the import writes anything. */
  public void snapshot(Connection connection) throws SQLException {
    StringBuilder targets = new StringBuilder("run_id, code");
    StringBuilder values = new StringBuilder("?, code");
    for (int i = 0; i < columns.size(); i++) {
      targets.append(", v").append(i + 1);
      values.append(", ").append(text(columns.get(i)));
    }
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO import_diff_rows (" + targets
        + ", geom_wkb) SELECT " + values + ", ST_AsBinary(geom) FROM " + layer.table())) {
      s.setString(1, runId);
      existing = s.executeUpdate();
    }
  }

  /**
   * Compares the copy with the layer as the import left it; {@code report} says how many of the
   * file's rows were new and how many had a code the layer held. Deletes the copy.
   */
  public Counts compare(Connection connection, ImportReport report) throws SQLException {
    if (existing < 0) {
      throw new IllegalStateException("compare before snapshot");
    }
    String join = " FROM import_diff_rows d JOIN " + layer.table() + " l ON l.code = d.code WHERE d.run_id = ? AND ("
        + String.join(" OR ", differences()) + ")";
    long changed;
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*)" + join)) {
      s.setString(1, runId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        changed = rs.getLong(1);
      }
    }
    List<Example> examples = examples(connection, join);
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM import_diff_rows WHERE run_id = ?")) {
      s.setString(1, runId);
      s.executeUpdate();
    }
    long updated = report.updated();
    return new Counts(existing, report.inserted(), changed, Math.max(0, updated - changed),
        Math.max(0, existing - updated), List.copyOf(examples));
  }

  private List<Example> examples(Connection connection, String join) throws SQLException {
    StringBuilder select = new StringBuilder("SELECT d.code");
    for (int i = 0; i < columns.size(); i++) {
      select.append(", d.v").append(i + 1).append(", ").append(text("l." + columns.get(i)));
    }
    select.append(", CASE WHEN ").append(geometryDiffers()).append(" THEN 1 ELSE 0 END");
    List<Example> examples = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(select + join + " ORDER BY d.code FETCH FIRST "
        + MAX_EXAMPLES + " ROWS ONLY")) {
      s.setString(1, runId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          List<Change> changes = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            String before = rs.getString(2 + 2 * i);
            String after = rs.getString(3 + 2 * i);
            if (!Objects.equals(before, after)) {
              changes.add(new Change(columns.get(i), before, after));
            }
          }
          if (rs.getInt(2 + 2 * columns.size()) == 1) {
            changes.add(new Change("geometry", null, null));
          }
          examples.add(new Example(rs.getString(1), List.copyOf(changes)));
        }
      }
    }
    return examples;
  }

  private List<String> differences() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add("d.v" + (i + 1) + " IS DISTINCT FROM " + text("l." + columns.get(i)));
    }
    out.add(geometryDiffers());
    return out;
  }

  /**
   * A shape differs when its WKB does and one shape reaches more than {@link #SAME_SHAPE_DEGREES}
   * beyond the other: a file the portal exported in a projected CRS comes back with the last bits of
   * its coordinates changed by the projection and its inverse, which is no change.
   */
  private static String geometryDiffers() {
    String before = "ST_GeomFromWKB(d.geom_wkb, 4326)";
    return "(d.geom_wkb IS DISTINCT FROM ST_AsBinary(l.geom) AND (d.geom_wkb IS NULL OR l.geom IS NULL"
        + " OR NOT ST_Within(" + before + ", ST_Buffer(l.geom, " + SAME_SHAPE_DEGREES + "))"
        + " OR NOT ST_Within(l.geom, ST_Buffer(" + before + ", " + SAME_SHAPE_DEGREES + "))))";
  }

  /** How far (degrees; 1e-8 is about 1 mm) a vertex may move and its shape still count unchanged. */
  private static final double SAME_SHAPE_DEGREES = 1e-8;

  /** A column as text; the same expression before and after, so equal values read alike. */
  private static String text(String column) {
    return "CAST(" + column + " AS VARCHAR(4000))";
  }
}
