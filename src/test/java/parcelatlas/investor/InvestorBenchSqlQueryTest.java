package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * The benchmark reads a search's query string as the portal does, so pgbench binds the portal's
 * values; and the search it writes out (search.sql, values written in) finds in the database, on
 * either kind, the page the portal finds.
 */
@Tag("database")
class InvestorBenchSqlQueryTest {
  private static Storage storage;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void stop() {
    storage.close();
  }

  @Test
  void an_encoded_keyword_is_decoded_as_the_portal_decodes_it() {
    Map<String, List<String>> query = InvestorBenchSql.query("keyword=%E7%94%B5%E5%AD%90+%25_&sort=-area_mu&limit=2000");
    assertEquals(List.of("电子 %_"), query.get("keyword"));
    assertEquals("电子 %_", ParcelFilter.parse(query).keyword());
    assertEquals(List.of("-area_mu"), query.get("sort"));
  }

  @Test
  void a_name_given_twice_keeps_both_values_and_a_bare_name_is_empty() {
    Map<String, List<String>> query = InvestorBenchSql.query("land_use=M1&land_use=M2&count");
    assertEquals(List.of("M1", "M2"), query.get("land_use"));
    assertEquals(List.of(""), query.get("count"));
  }

  @Test
  void the_written_search_for_an_encoded_keyword_finds_the_portals_page_in_the_database() {
    for (String text : List.of("keyword=" + URLEncoder.encode("新能源", StandardCharsets.UTF_8) + "&sort=-area_mu&limit=5",
        "land_use=M1,M2&min_mu=20&sort=-area_mu&limit=7")) {
      ParcelFilter filter = ParcelFilter.parse(InvestorBenchSql.query(text));
      List<Long> portal = new PublicParcels(storage, new FeatureReader(storage, Clock.systemUTC())).search(filter, false)
          .features().stream().map(Feature::id).toList();
      assertFalse(portal.isEmpty(), text + ": a search that finds parcels");
      String written = InvestorBenchSql.inline(FeatureConditions.items(ParcelQuery.of(filter), null));
      List<Long> found = Sql.rows(storage, written).stream().limit(portal.size())
          .map(row -> ((Number) row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst()
              .orElseThrow(() -> new AssertionError("no id in " + row.keySet())).getValue()).longValue()).toList();
      assertEquals(portal, found, text + ": " + written);
    }
  }
}
