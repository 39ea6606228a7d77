package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoApp;

/**
 * The investor search's supply-status filter ({@code status=available,listed}) over HTTP on the demo
 * city: counts and pages equal SQL over the public parcels with that status, alone and with another
 * filter; a status investors do not see, or an unknown one, is a 400 naming {@code status}.
 */
@Tag("database")
class StatusFilterApiTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void each_status_counts_what_sql_counts_and_both_count_every_public_parcel() {
    long available = Sql.count(DEMO.storage(), "parcels WHERE " + PUBLIC + " AND status = 'available'");
    long listed = Sql.count(DEMO.storage(), "parcels WHERE " + PUBLIC + " AND status = 'listed'");
    assertTrue(available > 0 && listed > 0, available + " / " + listed);
    assertEquals(available, matched("status=available"));
    assertEquals(listed, matched("status=listed"));
    assertEquals(available + listed, matched("status=listed,available"));
    assertEquals(available + listed, matched("status="), "blank is no filter");
    long m1Listed = Sql.count(DEMO.storage(), "parcels WHERE " + PUBLIC + " AND status = 'listed' AND land_use = 'M1'");
    assertEquals(m1Listed, matched("status=listed&land_use=M1"));
  }

  @Test
  void pages_by_cursor_hold_exactly_the_parcels_sql_selects_in_order() {
    List<String> expected = new ArrayList<>();
    for (Map<String, Object> row : Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE " + PUBLIC
        + " AND status = 'listed' ORDER BY area_m2 DESC, code")) {
      expected.add((String) row.get("code"));
    }
    List<String> paged = new ArrayList<>();
    String next = null;
    for (int i = 0; i < 100; i++) {
      JsonNode page = DEMO.app().json("/api/investor/parcels?status=listed&sort=-area_mu&limit=7"
          + (next == null ? "" : "&cursor=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)), 200);
      for (JsonNode f : page.get("features")) {
        assertEquals("listed", f.get("properties").get("status").asText());
        paged.add(f.get("id").asText());
      }
      next = page.has("next") ? page.get("next").asText() : null;
      if (next == null) {
        break;
      }
    }
    assertNull(next, "paging ends");
    assertEquals(expected, paged);
  }

  @Test
  void a_status_investors_do_not_see_or_an_unknown_one_is_refused_naming_status() {
    for (String bad : List.of("status=transferred", "status=available,in_production", "status=ready",
        "status=available&status=listed", "status=" + "a,".repeat(60))) {
      HttpResponse<String> answer = DEMO.app().get("/api/investor/parcels?" + bad);
      assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
      JsonNode body = ApiClient.parse(answer.body());
      assertEquals("status", body.get("params").get("field").asText(), bad + ": " + answer.body());
    }
    String refused = DEMO.app().get("/api/investor/parcels?status=transferred").body();
    assertTrue(refused.contains("available") && refused.contains("listed"), "the allowed codes are named: " + refused);
  }

  private static long matched(String query) {
    return DEMO.app().json("/api/investor/parcels?count=true&limit=1&" + query, 200).get("numberMatched").asLong();
  }
}
