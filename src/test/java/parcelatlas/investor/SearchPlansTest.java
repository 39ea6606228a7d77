package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.OneConnection;
import parcelatlas.testing.RunningApp;

/**
 * On PostgreSQL an investor search whose best plan does not depend on its values (park, land use,
 * status, servicing, a sort; the first page) is planned once for every value, page and count, and
 * not again at each search; one whose plan does depend on them (industry words, a wide box) is planned
 * for its values every time, also after the five executions at which PostgreSQL would otherwise
 * keep a generic plan ({@code ParcelQuery.plans}); a box under {@code Plans.WIDE_BOX_DEG2} is left
 * to PostgreSQL (its first five executions planned for their values, then, on the demo, a generic
 * plan). Read from {@code pg_prepared_statements} after searches of one shape on one connection,
 * read both as features and as the portal writes its page (binary transfer: a setting sent in the
 * page's own text was lost there, pgjdbc syncing between).
 */
@Tag("database")
class SearchPlansTest {
  private static final int SEARCHES = 12;
  private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();
  /** Executions on the server's prepared statement: pgjdbc prepares one there from its fifth execution on. */
  private static final int PREPARED = SEARCHES - 4;
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void a_search_by_land_use_and_sort_is_planned_once_for_every_value() {
    assertPlanned("land_use=M1,M2&sort=-area_mu&limit=5", "t.land_use IN", true);
  }

  @Test
  void a_search_by_industry_words_is_planned_for_its_values_every_time() {
    assertPlanned("keyword=" + URLEncoder.encode("电子", StandardCharsets.UTF_8) + "&limit=5", "LOWER(t.industry) LIKE",
        false);
  }

  @Test
  void a_search_in_a_wide_box_is_planned_for_its_box_every_time() {
    assertPlanned("bbox=100,20,130,45&limit=5", "ST_MakeEnvelope", false);
  }

  /** A box under {@code Plans.WIDE_BOX_DEG2} (here a park's, 0.002 deg²) is left to PostgreSQL, as OGC items' are. */
  @Test
  void a_search_in_a_small_box_is_left_to_postgresql() {
    assumeTrue("postgis".equals(storage.dialect().name()));
    // a status filter: a statement text of its own on this connection (the wide box's has none)
    List<long[]> plans = plansAfter("bbox=117.35,34.69,117.39,34.74&status=available,listed&limit=5", "t.status IN ($");
    assertEquals(2, plans.size(), "the page and its count, prepared on the server");
    for (long[] p : plans) { // its first five planned for their values, then PostgreSQL's pick (generic on the demo)
      assertTrue(p[1] == 5 && p[0] >= PREPARED - 5, p[0] + " generic plans, " + p[1] + " custom plans");
    }
  }

  /** The page and the count of these searches ran only on generic plans ({@code once}), or only on custom ones. */
  private static void assertPlanned(String query, String marker, boolean once) {
    assumeTrue("postgis".equals(storage.dialect().name()));
    List<long[]> plans = plansAfter(query, marker);
    assertEquals(2, plans.size(), "the page and its count, prepared on the server");
    for (long[] p : plans) {
      long kept = once ? p[0] : p[1];
      long other = once ? p[1] : p[0];
      assertTrue(kept >= PREPARED && other == 0, query + ": " + p[0] + " generic plans, " + p[1] + " custom plans");
    }
  }

  /**
   * [generic, custom] plans of each statement prepared on the server whose text contains {@code
   * marker}, after {@link #SEARCHES} searches (counted) with these parameters on one connection.
   */
  private static List<long[]> plansAfter(String query, String marker) {
    return storage.read(c -> {
      Storage one = new OneConnection(c, storage.dialect());
      PublicParcels parcels = new PublicParcels(one, new FeatureReader(one, RunningApp.CLOCK));
      ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(query));
      for (int i = 0; i < SEARCHES; i++) { // as features, and as the portal writes them (binary transfer)
        PublicParcels.SearchPage page = parcels.search(filter, true);
        assertTrue(page.more() && page.numberMatched() != null, query + ": a page with more after it, counted");
        PublicParcels.SearchJson json = parcels.searchJson(filter, true,
            (g, geometry) -> g.writeRawValue(new String(geometry, StandardCharsets.UTF_8)), JSON::createGenerator);
        assertTrue(json.more() && json.numberMatched() != null, query + ": the same page written as JSON");
      }
      List<long[]> plans = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT generic_plans, custom_plans FROM pg_prepared_statements"
          + " WHERE statement LIKE '%FROM parcels t%' AND strpos(statement, ?) > 0 ORDER BY statement")) {
        s.setString(1, marker);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            plans.add(new long[] {r.getLong(1), r.getLong(2)});
          }
        }
      }
      return plans;
    });
  }
}
