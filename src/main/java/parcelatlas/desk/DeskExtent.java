package parcelatlas.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parcelatlas.figures.Scope;
import parcelatlas.storage.Storage;

/**
 * Where a scope lies and which townships there are, for the desk map to fly to a scope without
 * holding its features: the box (WGS84 {@code [west, south, east, north]}) around a scope's zones
 * and projects ({@code township:NAME}), a park's projects ({@code park:CODE}) or everything
 * ({@code city}); null when the scope holds nothing. One aggregate query each.
 */
public final class DeskExtent {
  private static final String BOX = "SELECT MIN(ST_XMin(geom)), MIN(ST_YMin(geom)), MAX(ST_XMax(geom)), MAX(ST_YMax(geom))"
      + " FROM %s";
  private final Storage storage;

  public DeskExtent(Storage storage) {
    this.storage = storage;
  }

  /** The box around the scope, or null. */
  public double[] box(Scope scope) {
    return storage.read(c -> {
      double[] box = null;
      List<String> tables = scope.kind() == Scope.Kind.PARK ? List.of("projects WHERE park_code = ?")
          : List.of("projects" + where(scope), "demolition_zones" + where(scope));
      for (String table : tables) {
        box = union(box, one(c, String.format(BOX, table), scope));
      }
      return box;
    });
  }

  /** Every township with a zone or a project, in Chinese order. */
  public List<String> townships() {
    return storage.read(c -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT township FROM demolition_zones UNION"
          + " SELECT township FROM projects WHERE township IS NOT NULL"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      names.sort(Collator.getInstance(Locale.CHINA));
      return names;
    });
  }

  private static String where(Scope scope) {
    return scope.kind() == Scope.Kind.TOWNSHIP ? " WHERE township = ?" : "";
  }

  private static double[] one(Connection c, String sql, Scope scope) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (scope.kind() != Scope.Kind.CITY) {
        s.setString(1, scope.name());
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getObject(1) == null) {
          return null;
        }
        return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
      }
    }
  }

  private static double[] union(double[] a, double[] b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
  }
}
