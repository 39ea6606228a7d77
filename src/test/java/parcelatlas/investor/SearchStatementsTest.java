package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.StatementLog;

/**
 * What one investor search sends to the database: the work slot's take, one SELECT of the page
 * (on PostgreSQL in a transaction led by its plan choice, {@code ParcelQuery.plans}), the slot's
 * release, and nothing else (no name, park, industry or count look-up per page) — the
 * statements {@code src/test/bench/investor.sh} replays with pgbench as search-portal.sql, so a
 * search that starts running more fails here and the benchmark's comparison is kept honest. The
 * release runs after the visitor has the whole page (the handler closes the response first), so the
 * test waits for it rather than read the log as the answer arrives: under load the previous search's
 * release used to land among the next one's statements.
 */
@Tag("database")
class SearchStatementsTest {
  private static StatementLog storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = new StatementLog(DemoData.loaded());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void aSearchPageIsTheSlotTheSelectAndTheRelease() {
    for (String query : List.of("land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100", "keyword=" + java.net.URLEncoder
        .encode("新能源", java.nio.charset.StandardCharsets.UTF_8) + "&servicing=power&limit=5", "park=QL-P01&sort=code")) {
      storage.clear();
      app.json("/api/investor/parcels?" + query, 200); // warms the page's per-node caches, if any
      released(); // the slot is given back after the visitor has the page: wait for it, not to count it below
      storage.clear();
      app.json("/api/investor/parcels?" + query, 200);
      List<String> sql = released();
      if ("postgis".equals(storage.dialect().name())) { // the page in a transaction led by its plan choice
        assertEquals(ParcelQuery.plans(ParcelFilter.parse(InvestorBenchSql.query(query))).setting(), sql.get(1));
        sql = new java.util.ArrayList<>(sql);
        sql.remove(1);
      }
      assertEquals(3, sql.size(), query + ": " + sql);
      assertTrue(sql.get(0).startsWith("INSERT INTO work_slots"), sql.get(0));
      assertTrue(sql.get(1).startsWith("SELECT") && sql.get(1).contains("FROM parcels t"), sql.get(1));
      assertTrue(sql.get(2).startsWith("DELETE FROM work_slots"), sql.get(2));
    }
  }

  /** The statements logged once the search's slot has been released (at most 10 s after its answer). */
  private static List<String> released() {
    long end = System.nanoTime() + 10_000_000_000L;
    List<String> sql = storage.statements();
    while (sql.stream().noneMatch(s -> s.startsWith("DELETE FROM work_slots")) && System.nanoTime() < end) {
      java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
      sql = storage.statements();
    }
    return sql;
  }
}
