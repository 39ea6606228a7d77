package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.features.cql2.Cql2;
import parcelatlas.testing.DemoApp;

/**
 * An anonymous visitor's LIKE pattern cannot cost the server minutes: H2 matches LIKE by
 * backtracking over every {@code %}, so fifteen {@code "% "} against a park's 200-character English
 * summary (about 30 spaces) kept a core busy for minutes per row, out of reach of the statement
 * timeout. A pattern may hold {@link Cql2#MAX_LIKE_WILDCARDS} wildcards (a run counting as one):
 * more is a 400 FilterInvalid at once, on both databases; what users write still matches.
 */
@Tag("database")
class LikeWildcardBoundTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  private static HttpResponse<String> items(String collection, String filter) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(DEMO.app().base() + "/ogc/collections/" + collection
        + "/items?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_pattern_of_many_wildcards_is_refused_at_once() throws Exception {
    String filter = "summary_en LIKE '" + "% ".repeat(15) + "!%'";
    long started = System.nanoTime();
    HttpResponse<String> r = items("parks", filter);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertEquals(400, r.statusCode(), "after " + seconds + " s: " + r.body());
    JsonNode error = new ObjectMapper().readTree(r.body());
    assertEquals("FilterInvalid", error.get("code").asText(), r.body());
    assertTrue(error.get("description").asText().contains("at most " + Cql2.MAX_LIKE_WILDCARDS + " % wildcards"),
        r.body());
  }

  @Test
  void patterns_within_the_bound_match_as_before_and_runs_of_wildcards_count_once() throws Exception {
    JsonNode contains = features(items("parks", "summary_en LIKE '%equipment%materials%'"));
    assertTrue(contains.size() > 0, contains.toString());
    assertEquals(contains, features(items("parks", "summary_en LIKE '%%%equipment%%materials%%%%'")));
    assertEquals(400, items("parks", "summary_en LIKE '%a%b%c%'").statusCode(), "four wildcards");
    assertEquals(200, items("parks", "summary_en LIKE '%\\%a\\%b\\%c%'").statusCode(), "escaped % are no wildcards");
  }

  private static JsonNode features(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body()).get("features");
  }
}
