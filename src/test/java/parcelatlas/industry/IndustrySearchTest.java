package parcelatlas.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The industry catalogue over HTTP on the demo city: "新能源", "new energy" and "hydrogen" find the
 * plots of 青岚新能源产业园 (the oracle: its land-ready plots counted in SQL by the park's name), the
 * category code likewise, site matching for the category ranks that park's plots first, and an
 * unknown code is refused naming the parameter.
 */
@Tag("database")
class IndustrySearchTest {
  private static final String PARK_NAME = "青岚新能源产业园";
  private static Storage storage;
  private static RunningApp app;
  private static String park;
  private static Set<String> parkPlots;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
    park = (String) Sql.rows(storage, "SELECT code FROM parks WHERE name = ?", PARK_NAME).get(0).get("code");
    parkPlots = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT code FROM parcels WHERE park_code = ?"
        + " AND status IN ('available', 'listed')", park)) {
      parkPlots.add((String) row.get("code"));
    }
    assertTrue(parkPlots.size() >= 20, "the demo's new-energy park has land-ready plots: " + parkPlots.size());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void chinese_and_english_words_and_the_code_find_the_new_energy_parks_plots() {
    for (String query : List.of("keyword=" + enc("新能源"), "keyword=" + enc("new energy"),
        "keyword=" + enc("New Energy"), "keyword=hydrogen", "keyword=" + enc("光伏"), "industry=new_energy")) {
      JsonNode page = app.json("/api/investor/parcels?limit=2000&" + query, 200);
      assertEquals(parkPlots, codes(page), query);
      assertEquals(parkPlots.size(), page.get("numberMatched").asInt(), query);
    }
  }

  @Test
  void a_keyword_that_names_no_category_still_matches_the_orientation_literally() {
    Set<String> literal = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT code FROM parcels WHERE industry LIKE '%机器人%'"
        + " AND status IN ('available', 'listed')")) {
      literal.add((String) row.get("code"));
    }
    assertTrue(!literal.isEmpty());
    assertEquals(literal, codes(app.json("/api/investor/parcels?limit=2000&keyword=" + enc("机器人"), 200)));
  }

  @Test
  void matching_for_the_category_ranks_the_parks_plots_first_in_either_language() {
    for (String words : List.of("新能源", "new energy", "new_energy")) {
      var response = app.post("/api/investor/match", "application/json",
          "{\"industry\": \"" + words + "\", \"limit\": 100}");
      assertEquals(200, response.statusCode(), response.body());
      List<String> ranked = new java.util.ArrayList<>();
      for (JsonNode m : parcelatlas.testing.ApiClient.parse(response.body()).get("results")) {
        ranked.add(m.get("code").asText());
      }
      assertEquals(parkPlots, new TreeSet<>(ranked.subList(0, parkPlots.size())), words + ": " + ranked);
      assertTrue(ranked.size() > parkPlots.size(), "other plots follow");
    }
  }

  @Test
  void an_unknown_category_code_is_refused_naming_the_parameter() {
    var response = app.get("/api/investor/parcels?industry=cold_fusion");
    assertEquals(400, response.statusCode(), response.body());
    JsonNode error = parcelatlas.testing.ApiClient.parse(response.body());
    assertEquals("NotOneOf", error.get("code").asText());
    assertEquals("industry", error.get("params").get("field").asText());
    assertTrue(error.get("description").asText().contains("cold_fusion"));
  }

  @Test
  void the_catalogue_is_public_in_both_languages() {
    JsonNode list = app.json("/api/industries", 200).get("industries");
    Set<String> codes = new HashSet<>();
    for (JsonNode c : list) {
      codes.add(c.get("code").asText());
      assertTrue(!c.get("zh").asText().isBlank() && !c.get("en").asText().isBlank(), c.toString());
    }
    assertEquals(Set.copyOf(IndustryCatalogue.get().codes()), codes);
    assertTrue(codes.size() >= 15 && codes.contains("new_energy"));
  }

  private static Set<String> codes(JsonNode page) {
    Set<String> codes = new TreeSet<>();
    page.get("features").forEach(f -> codes.add(f.get("properties").get("code").asText()));
    return codes;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
