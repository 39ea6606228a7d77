package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.TestDatabases;

/**
 * The page's own GCJ-02 shift (web/js/gcj02.js), run in Chromium against published reference
 * points: forward within 1 m, and the round trip WGS84 → GCJ-02 → WGS84 within 1 m (far less).
 */
class Gcj02BrowserTest {
  @RegisterExtension
  static final DemoApp city = DemoApp.on(TestDatabases::fresh);

  private static double metres(JsonNode a, JsonNode b) {
    return Geodesic.WGS84.Inverse(a.get(1).asDouble(), a.get(0).asDouble(), b.get(1).asDouble(), b.get(0).asDouble()).s12;
  }

  @Test
  void the_shift_matches_reference_points_and_round_trips_within_a_metre() throws Exception {
    JsonNode reference = ApiClient.parse(new String(
        Gcj02BrowserTest.class.getResourceAsStream("/gcj02/reference.json").readAllBytes(), StandardCharsets.UTF_8));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      browser.driver().get(city.base() + "/login.html");
      String out = browser.await("import('/js/gcj02.js').then(g => (" + reference + ").points.concat(("
          + reference + ").outside).map(p => { const f = g.wgs84ToGcj02(p.wgs84[0], p.wgs84[1]);"
          + " return {forward: f, back: g.gcj02ToWgs84(f[0], f[1])}; }))");
      JsonNode results = ApiClient.parse(out);
      JsonNode points = reference.get("points");
      for (int i = 0; i < points.size(); i++) {
        JsonNode r = results.get(i);
        double forward = metres(r.get("forward"), points.get(i).get("gcj02"));
        double roundTrip = metres(r.get("back"), points.get(i).get("wgs84"));
        assertTrue(forward < 1, points.get(i).get("name") + " forward off by " + forward + " m");
        assertTrue(roundTrip < 1, points.get(i).get("name") + " round trip off by " + roundTrip + " m");
        assertTrue(metres(r.get("forward"), points.get(i).get("wgs84")) > 100, "inside China the shift is real");
      }
      for (int i = points.size(); i < results.size(); i++) {
        assertEquals(0.0, metres(results.get(i).get("forward"),
            reference.get("outside").get(i - points.size()).get("wgs84")), 1e-9, "no shift outside China");
      }
    }
  }
}
