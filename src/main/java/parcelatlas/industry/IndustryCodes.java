package parcelatlas.industry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.catalog.Layer;

/**
 * Keeps the stored category codes ({@link IndustryCatalogue#COLUMN}) of parks and parcels filled.
 * Rows written by the importer or the demo loader get theirs as they are written
 * ({@code storage/LayerWriter}); rows that have none — written before migration V1_21, or by
 * plain SQL — get them here, at the portal's start: one UPDATE per few hundred distinct texts,
 * each a CASE over the texts, so a million rows are read a handful of times, not once per text.
 */
public final class IndustryCodes {
  private static final int TEXTS_PER_UPDATE = 200;

  private IndustryCodes() {}

  /** Fills the codes of every park and parcel that has none; returns the rows filled. */
  public static long fillMissing(Connection connection) throws SQLException {
    return fill(connection, Layer.PARKS) + fill(connection, Layer.PARCELS);
  }

  private static long fill(Connection connection, Layer layer) throws SQLException {
    String table = layer.table();
    String text = IndustryCatalogue.sourceField(layer);
    List<String> texts = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT " + text + " FROM " + table
        + " WHERE " + IndustryCatalogue.COLUMN + " IS NULL AND " + text + " IS NOT NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        texts.add(rs.getString(1));
      }
    }
    long filled = 0;
    for (int from = 0; from < texts.size(); from += TEXTS_PER_UPDATE) {
      filled += update(connection, table, text, texts.subList(from, Math.min(texts.size(), from + TEXTS_PER_UPDATE)));
    }
    try (PreparedStatement s = connection.prepareStatement("UPDATE " + table + " SET " + IndustryCatalogue.COLUMN
        + " = '' WHERE " + IndustryCatalogue.COLUMN + " IS NULL AND " + text + " IS NULL")) {
      filled += s.executeUpdate();
    }
    return filled;
  }

  private static long update(Connection connection, String table, String text, List<String> texts) throws SQLException {
    StringBuilder sql = new StringBuilder("UPDATE " + table + " SET " + IndustryCatalogue.COLUMN + " = CASE " + text);
    texts.forEach(t -> sql.append(" WHEN ? THEN ?"));
    sql.append(" END WHERE ").append(IndustryCatalogue.COLUMN).append(" IS NULL AND ").append(text).append(" IN (")
        .append(String.join(", ", java.util.Collections.nCopies(texts.size(), "?"))).append(")");
    try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
      int p = 1;
      for (String t : texts) {
        s.setString(p++, t);
        s.setString(p++, IndustryCatalogue.stored(IndustryCatalogue.get().codesOf(t)));
      }
      for (String t : texts) {
        s.setString(p++, t);
      }
      return s.executeUpdate();
    }
  }
}
