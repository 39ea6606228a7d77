package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The investors' sorts by total price and by supply status over HTTP, followed page by page
 * through the {@code next} cursor: the rows come in the order the stored values say (total price
 * = unit price × 亩 rounded to 0.01, rounded to 0.1; missing prices last ascending, first
 * descending; the code breaks ties), and each row carries that total price.
 */
@Tag("database")
class SearchSortTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    // a few land-ready parcels without a price (price on request): no total price
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE parcels SET price_wan_per_mu = NULL WHERE code IN"
        + " (SELECT code FROM parcels WHERE " + PUBLIC + " ORDER BY code LIMIT 7)"));
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  /** A stored parcel: its code, status and total price by the rule computed here (null without a price). */
  private record Row(String code, String status, Double total) {}

  private static List<Row> stored() {
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> r : Sql.rows(storage, "SELECT code, status, price_wan_per_mu, area_m2 FROM parcels WHERE " + PUBLIC)) {
      Double total = null;
      if (r.get("price_wan_per_mu") instanceof Number price) {
        double mu = Math.round(((Number) r.get("area_m2")).doubleValue() / (10000.0 / 15) * 100) / 100.0;
        total = Math.round(price.doubleValue() * mu * 10) / 10.0;
      }
      rows.add(new Row((String) r.get("code"), (String) r.get("status"), total));
    }
    return rows;
  }

  /** Every page of a sort, through the cursor: the features in the API's order. */
  private static List<JsonNode> allPages(String sort) {
    List<JsonNode> features = new ArrayList<>();
    String url = "/api/investor/parcels?limit=250&sort=" + sort;
    while (true) {
      JsonNode page = app.json(url, 200);
      page.get("features").forEach(features::add);
      if (!page.has("next")) {
        return features;
      }
      url = "/api/investor/parcels?limit=250&sort=" + sort + "&cursor="
          + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> codes(List<JsonNode> features) {
    return features.stream().map(f -> f.get("properties").get("code").asText()).toList();
  }

  @Test
  void total_price_sorts_rows_by_the_stored_unit_price_times_area_both_ways() {
    List<Row> rows = stored();
    assertTrue(rows.stream().anyMatch(r -> r.total() == null) && rows.size() > 100, "fixture: priced and unpriced parcels");
    Comparator<Row> byCode = Comparator.comparing(Row::code);
    List<String> ascending = rows.stream().sorted(Comparator.comparing(Row::total, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(byCode)).map(Row::code).toList();
    List<String> descending = rows.stream().sorted(Comparator.comparing(Row::total, Comparator.nullsFirst(Comparator.<Double>reverseOrder()))
        .thenComparing(byCode)).map(Row::code).toList();
    List<JsonNode> up = allPages("total_price");
    assertEquals(ascending, codes(up));
    assertEquals(descending, codes(allPages("-total_price")));
    Map<String, Double> totals = new java.util.HashMap<>();
    rows.forEach(r -> totals.put(r.code(), r.total()));
    for (JsonNode f : up) {
      JsonNode total = f.get("properties").get("total_price_wan");
      Double expected = totals.get(f.get("properties").get("code").asText());
      if (expected == null) {
        assertTrue(total == null || total.isNull(), f.toString());
      } else {
        // a database may compute in decimals: a product on a .05 boundary may round the other way
        assertEquals(expected, total.asDouble(), 0.1 + 1e-9, f.get("properties").get("code").asText());
      }
    }
  }

  @Test
  void status_sorts_land_ready_before_listed_and_back() {
    List<Row> rows = stored();
    assertTrue(rows.stream().map(Row::status).distinct().count() == 2, "fixture: both public statuses");
    Comparator<Row> byStatus = Comparator.comparing(Row::status);
    assertEquals(rows.stream().sorted(byStatus.thenComparing(Row::code)).map(Row::code).toList(), codes(allPages("status")));
    assertEquals(rows.stream().sorted(byStatus.reversed().thenComparing(Row::code)).map(Row::code).toList(),
        codes(allPages("-status")));
  }

  @Test
  void an_unknown_sort_is_refused_naming_the_new_keys() {
    String body = app.get("/api/investor/parcels?sort=total").body();
    assertTrue(body.contains("sort") && body.contains("total_price") && body.contains("-status"), body);
  }
}
