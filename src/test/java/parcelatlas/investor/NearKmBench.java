package parcelatlas.investor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parcelatlas.context.ContextSql;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.RowFilter;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * For {@code src/test/bench/nearkm.sh} (not a test): times, interleaved, an investor search with
 * {@code max_km.<kind>} and a match with {@code near_km.<kind>} as the portal writes them now (read
 * from {@code context_distances}) and as they were written before V1_31 (each parcel's distance
 * measured per query over the points' grown boxes, the SQL kept here verbatim), values written in.
 * Refreshes the distances first (timed: all of them for parcels copied in by SQL). Checks both give the same rows. Prints each round's milliseconds and the medians.
 *
 * <p>Usage: {@code NearKmBench JDBC_URL SEARCH_QUERY MATCH_JSON ROUNDS}
 */
public final class NearKmBench {
  private NearKmBench() {}

  public static void main(String[] args) throws Exception {
    ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(args[1]));
    MatchRequest need = MatchRequest.parse(new ObjectMapper().readTree(args[2]));
    int rounds = Integer.parseInt(args[3]);
    FeatureConditions.Clause items = FeatureConditions.items(ParcelQuery.of(filter), null);
    String searchNow = InvestorBenchSql.inline(items);
    String searchBefore = searchNow;
    for (var limit : filter.maxKm().entrySet()) {
      double metres = limit.getValue() * 1000;
      searchBefore = searchBefore.replace(inline(ContextSql.within(limit.getKey(), metres)),
          inline(oldWithin(limit.getKey(), metres)));
    }
    MatchSql.Statement best = MatchSql.best(need);
    String matchNow = InvestorBenchSql.inline(best.sql(), best.params());
    String matchBefore = matchNow;
    for (var near : need.nearKm().entrySet()) {
      String alias = "near_" + near.getKey().code();
      double metres = 2000 * near.getValue();
      matchBefore = matchBefore.replace(inline(ContextSql.nearestJoin(near.getKey(), metres, alias)),
          inline(oldNearestJoin(near.getKey(), metres, alias)));
    }
    if (searchBefore.equals(searchNow) || matchBefore.equals(matchNow)) {
      throw new IllegalStateException("the before SQL was not written");
    }
    time(args[0], searchBefore, searchNow, matchBefore, matchNow, rounds);
  }

  private static void time(String url, String searchBefore, String searchNow, String matchBefore, String matchNow,
      int rounds) {
    try (Storage storage = Databases.open(url, null, null)) {
      long t0 = System.nanoTime();
      long measured = storage.inTransaction(c -> {
        parcelatlas.context.ContextDistances.markStale(c, parcelatlas.context.ContextDistances.ALL);
        return parcelatlas.context.ContextDistances.refreshIfStale(c, storage.dialect());
      });
      System.out.printf("refresh (%,d parcels, every kind, recomputed): %.1f s%n", measured, (System.nanoTime() - t0) / 1e9);
      storage.read(c -> {
        check(c, searchBefore, searchNow, "search");
        check(c, matchBefore, matchNow, "match");
        List<Double> sb = new ArrayList<>();
        List<Double> sn = new ArrayList<>();
        List<Double> mb = new ArrayList<>();
        List<Double> mn = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          sb.add(time(c, searchBefore));
          sn.add(time(c, searchNow));
          mb.add(time(c, matchBefore));
          mn.add(time(c, matchNow));
          System.out.printf("round %d: search before %.1f ms, now %.1f ms; match before %.1f ms, now %.1f ms%n",
              i + 1, sb.get(i), sn.get(i), mb.get(i), mn.get(i));
        }
        System.out.printf("median: search before %.1f ms, now %.1f ms (%.1fx); match before %.1f ms, now %.1f ms (%.1fx)%n",
            median(sb), median(sn), median(sb) / median(sn), median(mb), median(mn), median(mb) / median(mn));
        return null;
      });
    }
  }

  private static String inline(RowFilter f) {
    return InvestorBenchSql.inline(f.sql(), f.params());
  }

  private static void check(Connection c, String before, String now, String what) throws java.sql.SQLException {
    List<String> a = rows(c, before);
    List<String> b = rows(c, now);
    if (!a.equals(b)) {
      throw new IllegalStateException(what + " differs: before " + a.size() + " rows, now " + b.size());
    }
    System.out.println(what + ": " + a.size() + " rows, the same before and now");
  }

  private static List<String> rows(Connection c, String sql) throws java.sql.SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.append(v instanceof byte[] bytes ? Arrays.hashCode(bytes) : v).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static double time(Connection c, String sql) throws java.sql.SQLException {
    long t0 = System.nanoTime();
    rows(c, sql);
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  // The SQL before V1_31 (ContextSql at 497c697), the join's column named as the table's.
  private static RowFilter oldWithin(ContextKind kind, double metres) {
    RowFilter near = oldPairs(metres);
    List<Object> params = new ArrayList<>(near.params());
    params.add(kind.code());
    params.add(metres);
    return new RowFilter("t.id IN (SELECT p.id" + near.sql() + " WHERE c.kind = ? AND ATLAS_GEODESIC_M(p.geom, c.geom) <= ?)",
        params);
  }

  private static RowFilter oldNearestJoin(ContextKind kind, double metres, String alias) {
    RowFilter near = oldPairs(metres);
    List<Object> params = new ArrayList<>(near.params());
    params.add(kind.code());
    params.add(metres);
    return new RowFilter(" LEFT JOIN (SELECT p.id, MIN(ATLAS_GEODESIC_M(p.geom, c.geom)) AS " + ContextSql.METRES
        + near.sql() + " WHERE c.kind = ? AND ATLAS_GEODESIC_M(p.geom, c.geom) <= ? GROUP BY p.id) " + alias
        + " ON " + alias + ".id = t.id", params);
  }

  private static RowFilter oldPairs(double metres) {
    double dLat = metres / 110_000;
    String dLon = "(? / (CAST(111000 AS DOUBLE PRECISION)"
        + " * COS(RADIANS(LEAST(CAST(89 AS DOUBLE PRECISION), ABS(ST_Y(c.geom)) + ?)))))";
    return new RowFilter(" FROM context_points c JOIN parcels p ON p.geom && ST_Expand(c.geom, " + dLon
        + ", CAST(? AS DOUBLE PRECISION))", List.of(metres, dLat, dLat));
  }
}
