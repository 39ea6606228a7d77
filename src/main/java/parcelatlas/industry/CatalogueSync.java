package parcelatlas.industry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database in step with the catalogue this build ships, at the portal's start: when the
 * table {@code industry_categories} (seeded by V1_21) differs from {@link IndustryCatalogue} — a
 * newer build added a category or a synonym — the table is rewritten from it and every stored code
 * is recomputed, since a text's categories may have changed; then rows without codes get theirs
 * ({@link IndustryCodes#fillMissing}). A database already in step costs one small SELECT and the
 * search for rows without codes (one read of each table; not measured at a million parcels).
 * Nodes starting at once take turns through a lock on the table's rows.
 */
public final class CatalogueSync {
  private CatalogueSync() {}

  /** Syncs as described; returns the rows whose codes were (re)computed. Run in one transaction. */
  public static long run(Connection connection) throws SQLException {
    // app nodes starting together: the first to lock the rows syncs, the others then find them in step
    try (Statement s = connection.createStatement()) {
      s.executeQuery("SELECT code FROM industry_categories FOR UPDATE").close();
    }
    if (!stored(connection).equals(shipped())) {
      try (Statement s = connection.createStatement()) {
        s.executeUpdate("DELETE FROM industry_categories");
        s.executeUpdate("UPDATE parks SET " + IndustryCatalogue.COLUMN + " = NULL");
        s.executeUpdate("UPDATE parcels SET " + IndustryCatalogue.COLUMN + " = NULL");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO industry_categories"
          + " (code, position, name_zh, name_en, synonyms_zh, synonyms_en) VALUES (?, ?, ?, ?, ?, ?)")) {
        int position = 1;
        for (List<String> row : shipped()) {
          insert.setString(1, row.get(0));
          insert.setInt(2, position++);
          for (int i = 1; i < row.size(); i++) {
            insert.setString(i + 2, row.get(i));
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return IndustryCodes.fillMissing(connection);
  }

  /** The catalogue as rows of the table: code, names, synonyms joined as the seed writes them. */
  static List<List<String>> shipped() {
    List<List<String>> rows = new ArrayList<>();
    for (IndustryCategory c : IndustryCatalogue.get().categories()) {
      rows.add(List.of(c.code(), c.zh(), c.en(), String.join("、", c.zhTerms()), String.join(", ", c.enTerms())));
    }
    return rows;
  }

  private static List<List<String>> stored(Connection connection) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name_zh, name_en,"
        + " synonyms_zh, synonyms_en FROM industry_categories ORDER BY position")) {
      while (rs.next()) {
        rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return rows;
  }
}
