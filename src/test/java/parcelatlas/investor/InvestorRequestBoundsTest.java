package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoApp;

/**
 * Every member of every investor request is bounded by its purpose before any work is done: a
 * hostile body or query is refused with 400 (or 413 for a body over the route's limit) naming the
 * member and the limit, and a sane request still answers.
 */
@Tag("database")
class InvestorRequestBoundsTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void a_needs_list_longer_than_the_servicing_checklist_is_refused_naming_the_member_and_the_limit() {
    HttpResponse<String> response = match("{\"needs\": [" + repeated("\"road\"", 2_000) + "]}");
    assertEquals(400, response.statusCode(), response.body());
    String message = ApiClient.parse(response.body()).get("description").asText();
    assertTrue(message.startsWith("needs may list at most 8 items"), message);
  }

  @Test
  void the_hostile_140000_needs_body_is_refused_as_too_large_before_it_is_parsed() {
    HttpResponse<String> response = match("{\"needs\": [" + repeated("\"road\"", 140_000) + "]}");
    assertEquals(413, response.statusCode(), response.body());
    String message = ApiClient.parse(response.body()).get("description").asText();
    assertTrue(message.contains("/api/investor/match may be at most 32 KB"), message);
  }

  @Test
  void duplicates_and_out_of_range_numbers_and_long_texts_in_a_match_are_refused_by_name() {
    assertRefused(match("{\"needs\": [\"road\", \"water\", \"road\"]}"), "needs lists 'road' more than once");
    assertRefused(match("{\"land_use\": [\"M1\", \"M1\"]}"), "land_use lists 'M1' more than once");
    assertRefused(match("{\"min_mu\": 1e400}"), "min_mu must be a number from 0 to 100,000");
    assertRefused(match("{\"max_mu\": 1e20}"), "max_mu must be a number from 0 to 100,000");
    assertRefused(match("{\"min_height_m\": 5000}"), "min_height_m must be a number from 0 to 1,000");
    assertRefused(match("{\"max_total_price_wan\": -1}"), "max_total_price_wan must be a number from 0");
    assertRefused(match("{\"limit\": 2.5}"), "limit must be a whole number from 1 to 100");
    assertRefused(match("{\"industry\": \"" + "新".repeat(101) + "\"}"), "industry must be a text of at most 100");
    assertRefused(match("{\"park\": \"QL\\u202eP01\"}"), "park contains a control or invisible");
    HttpResponse<String> sane = match("{\"needs\": [\"road\", \"water\", \"power\"], \"min_mu\": 20, \"max_mu\": 80}");
    assertEquals(200, sane.statusCode(), sane.body());
  }

  @Test
  void search_parameters_and_compare_codes_are_bounded() {
    assertRefused(DEMO.app().get("/api/investor/parcels?min_mu=1e300"), "min_mu must be a number from 0 to 100,000");
    assertRefused(DEMO.app().get("/api/investor/parcels?max_price=-5"), "max_price must be a number from 0");
    assertRefused(DEMO.app().get("/api/investor/parcels?offset=1e15"), "offset must be a whole number from 0 to 20000");
    // the database reads every row an offset skips: 1.9 s at offset 999,000 of 1M parcels; deeper pages go by cursor
    assertRefused(DEMO.app().get("/api/investor/parcels?offset=20001&limit=2000"), "offset must be a whole number from 0 to 20000");
    assertEquals(200, DEMO.app().get("/api/investor/parcels?offset=20000&limit=2000").statusCode());
    assertRefused(DEMO.app().get("/api/investor/parcels?industry=" + enc("化".repeat(101))),
        "industry may be at most 100 characters");
    assertRefused(DEMO.app().get("/api/investor/parcels?keyword=" + enc("化".repeat(101))),
        "keyword may be at most 100 characters");
    assertRefused(DEMO.app().get("/api/investor/compare?codes=" + repeated("QL-P01-001", 100)), "codes must name 2 to 4");
    assertEquals(200, DEMO.app().get("/api/investor/parcels?min_mu=10&max_mu=100&keyword=" + enc("新材料")).statusCode());
  }

  private static void assertRefused(HttpResponse<String> response, String start) {
    assertEquals(400, response.statusCode(), response.body());
    String message = ApiClient.parse(response.body()).get("description").asText();
    assertTrue(message.startsWith(start), message);
  }

  private static HttpResponse<String> match(String body) {
    return DEMO.app().post("/api/investor/match", "application/json", body);
  }

  private static String repeated(String item, int times) {
    return String.join(",", Collections.nCopies(times, item));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
