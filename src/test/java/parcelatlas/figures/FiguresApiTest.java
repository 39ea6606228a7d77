package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/** The figures over HTTP on the hand-computed fixture. */
@Tag("database")
class FiguresApiTest {
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void figures_are_for_signed_in_staff() {
    app.json("/api/figures", 401);
    app.json("/api/figures/rankings", 401);
    assertEquals(401, app.get("/api/figures.csv").statusCode());
    staff.json("/api/figures?scope=county:x", 400);
    staff.json("/api/figures?as_of=yesterday", 400);
  }

  @Test
  void a_township_figure_on_a_past_day_is_served_as_computed_by_hand() {
    JsonNode f = staff.json("/api/figures?scope=township:%E7%94%B2%E9%95%87&as_of=2026-06-30", 200);
    assertEquals("township:甲镇", f.get("scope").asText());
    assertEquals(50.0, f.get("startRatePct").asDouble());
    assertEquals(-26.3, f.get("investmentGapPts").asDouble());
    assertEquals(4.0, f.get("penaltyWan").asDouble());
  }

  @Test
  void rankings_put_the_better_township_first_and_show_where_it_stood_before() {
    JsonNode r = staff.json("/api/figures/rankings?as_of=2026-06-30&period=month", 200);
    assertEquals("2026-05-31", r.get("comparedWith").asText());
    JsonNode start = r.get("rankings").get("start_rate_pct");
    assertEquals("乙镇", start.get(0).get("township").asText()); // X3 of X3: 100%
    assertEquals(100.0, start.get(0).get("value").asDouble());
    assertEquals("甲镇", start.get(1).get("township").asText()); // X1 of X1, X2: 50%
    JsonNode demolished = r.get("rankings").get("demolished_pct");
    assertEquals("甲镇", demolished.get(0).get("township").asText()); // 80% against 乙镇's 0%
    assertEquals(40 * 100.0 / 150, demolished.get(0).get("previousValue").asDouble(), 0.05); // on 05-31: Z1 40 of 150
  }

  @Test
  void the_csv_has_the_city_and_every_township_and_opens_with_chinese_intact() {
    HttpResponse<String> csv = staff.get("/api/figures.csv?as_of=2026-06-30");
    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertTrue(lines.get(0).startsWith("\uFEFFscope,as_of,elapsed_pct,"), lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("city,2026-06-30,49.6,3,2,66.7,"), lines.get(1));
    assertEquals(List.of("township:乙镇", "township:甲镇"), lines.subList(2, 4).stream()
        .map(l -> l.substring(0, l.indexOf(','))).toList());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("figures-2026-06-30.csv"));
  }
}
