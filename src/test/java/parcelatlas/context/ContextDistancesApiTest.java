package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * The readers of {@code context_distances} over HTTP answer what brute force says
 * ({@link ContextOracle}), for the demo and for 300 parcels imported afterwards (moved off the
 * demo's, coded "H-…"): the {@code max_km} filter, {@code near_km} matching, and a plot's facts.
 */
@Tag("database")
class ContextDistancesApiTest {
  private static final String PUBLIC = "p.status IN ('available', 'listed')";
  @TempDir
  static Path dir;
  private static Storage storage;
  private static RunningApp app;
  /** "parcel/kind" → metres, public parcels only. */
  private static Map<String, Double> oracle;

  @BeforeAll
  static void start() throws Exception {
    storage = DemoData.loaded();
    LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS,
        ContextDistancesTest.shiftedParcels(dir, "H-", 0.031, -0.017, 300, true)));
    app = new RunningApp(storage);
    oracle = new TreeMap<>();
    ContextOracle.fresh(storage, PUBLIC).forEach((key, value) -> oracle.put(key, Double.parseDouble(value.split(" ")[1])));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static Set<String> within(String kind, double metres) {
    Set<String> codes = new TreeSet<>();
    oracle.forEach((key, m) -> {
      if (key.endsWith("/" + kind) && m <= metres) {
        codes.add(key.substring(0, key.length() - kind.length() - 1));
      }
    });
    return codes;
  }

  @Test
  void the_max_km_filter_lists_exactly_the_plots_brute_force_finds() {
    for (String kind : new String[] {"highway_exit", "substation"}) {
      Set<String> expected = within(kind, 3000);
      assertTrue(expected.stream().anyMatch(c -> c.startsWith("H-")), "imported plots are among them: " + expected);
      Set<String> found = new TreeSet<>();
      app.json("/api/investor/parcels?limit=2000&max_km." + kind + "=3", 200).get("features")
          .forEach(f -> found.add(f.get("id").asText()));
      assertEquals(expected, found, kind);
    }
  }

  @Test
  void near_km_matching_scores_as_brute_force_measures() {
    Set<String> near = within("highway_exit", 1000);
    Set<String> half = within("highway_exit", 2000);
    java.net.http.HttpResponse<String> response = app.post("/api/investor/match", "application/json",
        "{\"near_km\": {\"highway_exit\": 1}, \"limit\": 100}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode results = parcelatlas.testing.ApiClient.parse(response.body()).get("results");
    assertTrue(near.stream().anyMatch(c -> c.startsWith("H-")) && near.size() < 100, "near: " + near.size());
    int i = 0;
    for (JsonNode r : results) {
      String code = r.get("code").asText();
      assertEquals(near.contains(code) ? 100 : half.contains(code) ? 50 : 0, r.get("score").asInt(), code);
      assertEquals(i < near.size(), near.contains(code), "the plots within 1 km come first: " + code);
      i++;
    }
  }

  @Test
  void a_plots_facts_give_the_nearest_point_of_every_kind_as_brute_force_measures() throws Exception {
    Map<String, String> nearest = ContextOracle.fresh(storage, "p.code LIKE 'H-%' AND " + PUBLIC);
    Set<String> plots = new TreeSet<>();
    nearest.keySet().forEach(key -> plots.add(key.substring(0, key.indexOf('/'))));
    assertTrue(plots.size() > 20, "public imported plots: " + plots.size());
    for (String code : plots.stream().limit(25).toList()) {
      JsonNode context = app.json("/api/investor/parcels/" + code, 200).get("context");
      assertEquals(6, context.size(), code + ": " + context);
      for (JsonNode c : context) {
        String[] expected = nearest.get(code + "/" + c.get("kind").asText()).split(" ");
        assertEquals(expected[0], c.get("code").asText(), code + " " + c);
        assertEquals(Math.round(Double.parseDouble(expected[1]) * 10) / 10.0, c.get("distance_m").asDouble(), 1e-9,
            code + " " + c);
      }
    }
  }
}
