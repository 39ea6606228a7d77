package parcelatlas.leads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;

/**
 * Lead counts per park for the desk and the inbox, over the parks the reader sees ({@link LeadAccess}):
 * a page of the parks with any lead ({@link LeadCountQuery}), never every park of the city, with the
 * totals of the whole selection so a page's reader still knows the sums.
 */
public final class LeadCounts {
  private static final String KEY = "COALESCE(e.park_code, '')";

  /**
   * A page: a list, in code order, of {code, name, total, overdue, new, contacted, site_visit,
   * closed_won, closed_lost} ({@code ""} the code of leads without a park; a list, not an object keyed
   * by code, so a reader keeps the order whatever the codes look like: a browser orders all-digit
   * keys of an object numerically), {@code next} (the {@code cursor} of the following page, null at
   * the end) and {@code totals} (the same counts summed over every park the query selects, all pages).
   */
  public record Page(List<Map<String, Object>> parks, String next, Map<String, Object> totals) {}

  private final Storage storage;
  private final LeadInbox inbox;

  public LeadCounts(Storage storage, LeadInbox inbox) {
    this.storage = storage;
    this.inbox = inbox;
  }

  public Page counts(LeadAccess access, LeadCountQuery query) {
    String own = access.parkFilter(null);
    query.codes().forEach(access::requireSees);
    Timestamp cutoff = Timestamp.from(inbox.overdueCutoff());
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (own != null) {
      where.append(" AND e.park_code = ?");
      values.add(own);
    }
    if (!query.codes().isEmpty()) {
      where.append(" AND e.park_code IN (").append(String.join(", ", Collections.nCopies(query.codes().size(), "?")))
          .append(")");
      values.addAll(query.codes());
    }
    return storage.read(c -> {
      List<Object> pageValues = new ArrayList<>(values);
      String after = "";
      if (query.cursor() != null) {
        after = " AND " + KEY + " > ?";
        pageValues.add(query.cursor());
      }
      pageValues.add(query.limit() + 1);
      List<String> keys = new ArrayList<>();
      try (ResultSet rs = run(c, "SELECT DISTINCT " + KEY + " AS k FROM enquiries e" + where + after
          + " ORDER BY k LIMIT ?", pageValues)) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
      String next = null;
      if (keys.size() > query.limit()) {
        keys = keys.subList(0, query.limit());
        next = keys.get(keys.size() - 1);
      }
      Map<String, Map<String, Object>> parks = new LinkedHashMap<>();
      keys.forEach(k -> parks.put(k, emptyCounts()));
      Map<String, Object> totals = emptyCounts();
      totals.remove("name");
      if (!keys.isEmpty()) {
        List<Object> inPage = new ArrayList<>(List.of(cutoff));
        inPage.addAll(values);
        inPage.addAll(keys);
        add(c, "SELECT " + KEY + ", MAX(p.name), e.status, COUNT(*), " + overdue() + LeadInbox.FROM + where + " AND " + KEY
            + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") GROUP BY " + KEY + ", e.status",
            inPage, parks);
        List<Object> all = new ArrayList<>(List.of(cutoff));
        all.addAll(values);
        Map<String, Map<String, Object>> sum = new LinkedHashMap<>(Map.of("", totals));
        add(c, "SELECT '', NULL, e.status, COUNT(*), " + overdue() + " FROM enquiries e" + where + " GROUP BY e.status",
            all, sum);
      }
      List<Map<String, Object>> list = new ArrayList<>();
      parks.forEach((code, counts) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.putAll(counts);
        list.add(row);
      });
      return new Page(list, next, totals);
    });
  }

  private static String overdue() {
    return "SUM(CASE WHEN e.status = 'new' AND e.created_at <= ? THEN 1 ELSE 0 END)";
  }

  /** Adds rows (key, name, status, count, overdue) into the counts of their key. */
  private static void add(Connection c, String sql, List<Object> values, Map<String, Map<String, Object>> into)
      throws SQLException {
    try (ResultSet rs = run(c, sql, values)) {
      while (rs.next()) {
        Map<String, Object> row = into.get(rs.getString(1));
        if (row.containsKey("name") && rs.getString(2) != null) {
          row.put("name", rs.getString(2));
        }
        row.put(rs.getString(3), (Long) row.get(rs.getString(3)) + rs.getLong(4));
        row.put("total", (Long) row.get("total") + rs.getLong(4));
        row.put("overdue", (Long) row.get("overdue") + rs.getLong(5));
      }
    }
  }

  /** Runs a query with its values bound; the result set closes its statement. */
  private static ResultSet run(Connection c, String sql, List<Object> values) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    s.closeOnCompletion();
    for (int i = 0; i < values.size(); i++) {
      s.setObject(i + 1, values.get(i));
    }
    return s.executeQuery();
  }

  private static Map<String, Object> emptyCounts() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", null);
    row.put("total", 0L);
    row.put("overdue", 0L);
    for (LeadStatus s : LeadStatus.values()) {
      row.put(s.wire(), 0L);
    }
    return row;
  }
}
