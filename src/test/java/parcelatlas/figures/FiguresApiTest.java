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
    assertEquals("乙镇", start.get(0).get("name").asText()); // X3 of X3: 100%
    assertEquals(100.0, start.get(0).get("value").asDouble());
    assertEquals("甲镇", start.get(1).get("name").asText()); // X1 of X1, X2: 50%
    JsonNode demolished = r.get("rankings").get("demolished_pct");
    assertEquals("甲镇", demolished.get(0).get("name").asText()); // 80% against 乙镇's 0%
    assertEquals(40 * 100.0 / 150, demolished.get(0).get("previousValue").asDouble(), 0.05); // on 05-31: Z1 40 of 150
  }

  @Test
  void every_ranked_ratio_carries_the_counts_behind_it() {
    JsonNode r = staff.json("/api/figures/rankings?as_of=2026-06-30&period=month", 200).get("rankings");
    assertEquals("乙镇 1/1, 甲镇 1/2", parts(r.get("start_rate_pct")));
    assertEquals("乙镇 1/1, 甲镇 0/1", parts(r.get("production_rate_pct")));
    assertEquals("甲镇 350/1500, 乙镇 400/2000", parts(r.get("investment_rate_pct")));
    assertEquals("乙镇 90/30, 甲镇 6/10", parts(r.get("tax_wan_per_mu")));
    assertEquals("甲镇 120/150, 乙镇 0/40", parts(r.get("demolished_pct")));
    assertEquals("甲镇 12000/15000, 乙镇 0/8000", parts(r.get("cleared_pct")));
    assertTrue(r.get("intensity_wan_per_mu").get(0).get("part").isNull(), "no ratio of counts");
  }

  private static String parts(JsonNode places) {
    List<String> out = new java.util.ArrayList<>();
    places.forEach(p -> out.add(p.get("name").asText() + " " + Math.round(p.get("part").asDouble()) + "/"
        + Math.round(p.get("whole").asDouble())));
    return String.join(", ", out);
  }

  @Test
  void parks_are_ranked_on_project_and_land_figures_weekly_and_monthly() {
    staff.json("/api/figures/rankings?of=villages", 400);
    JsonNode week = staff.json("/api/figures/rankings?as_of=2026-06-30&period=week&of=parks", 200);
    assertEquals("parks", week.get("of").asText());
    assertEquals("2026-06-23", week.get("comparedWith").asText());
    JsonNode tax = week.get("rankings").get("tax_wan_per_mu");
    assertEquals(1, tax.size());
    assertEquals("P1", tax.get(0).get("name").asText());
    assertEquals("P1", tax.get(0).get("label").asText(), "a park without a boundary is shown by its code");
    assertEquals(0.6, tax.get(0).get("value").asDouble());
    assertEquals(0.6, tax.get(0).get("previousValue").asDouble(), "a month's tax counts from the 1st of the month");
    assertTrue(week.get("rankings").get("demolished_pct") == null, "zones belong to townships, not parks");
    JsonNode month = staff.json("/api/figures/rankings?as_of=2026-06-30&period=month&of=parks", 200);
    assertEquals(50.0, month.get("rankings").get("start_rate_pct").get(0).get("value").asDouble());
    // on 05-31 X1 had started (05-20) but X2 not → still 50%
    assertEquals(50.0, month.get("rankings").get("start_rate_pct").get(0).get("previousValue").asDouble());
    assertTrue(month.get("rankings").get("tax_wan_per_mu").get(0).get("previousValue").isNull(),
        "by May X1 had paid nothing and produced nothing");
  }

  @Test
  void township_rankings_include_tax_per_mu() {
    JsonNode r = staff.json("/api/figures/rankings?as_of=2026-06-30&period=week", 200);
    JsonNode tax = r.get("rankings").get("tax_wan_per_mu");
    assertEquals("乙镇", tax.get(0).get("name").asText()); // 90 / 30 亩 = 3.0
    assertEquals(3.0, tax.get(0).get("value").asDouble());
    assertEquals("甲镇", tax.get(1).get("name").asText()); // 6 / 10 亩 = 0.6
  }

  @Test
  void the_csv_has_the_city_every_township_and_park_and_opens_with_chinese_intact() {
    HttpResponse<String> csv = staff.get("/api/figures.csv?as_of=2026-06-30&lang=en");
    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertTrue(lines.get(0).startsWith("\uFEFFscope,as_of,elapsed_pct,"), lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("city,2026-06-30,49.6,3,2,66.7,"), lines.get(1));
    assertEquals(List.of("township:乙镇", "township:甲镇"), lines.subList(2, 4).stream()
        .map(l -> l.substring(0, l.indexOf(','))).toList());
    assertTrue(lines.get(4).startsWith("park:P1,"), lines.get(4));
    assertTrue(lines.get(0).contains(",intensity_wan_per_mu,tax_paid_wan,tax_land_mu,tax_wan_per_mu,"), lines.get(0));
    assertTrue(lines.get(1).contains(",283.3,96.0,40.0,2.4,"), lines.get(1));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("figures-2026-06-30.csv"));
  }

  @Test
  void the_csv_is_in_chinese_unless_english_is_asked_for_by_lang_or_accept_language() {
    List<String> zh = staff.get("/api/figures.csv?as_of=2026-06-30").body().lines().toList();
    assertTrue(zh.get(0).startsWith("\uFEFF范围,日期,时间进度（%）,计划开工项目数,已开工项目数,开工率（%）,"), zh.get(0));
    assertTrue(zh.get(0).endsWith(",逾期罚金（万元）,不予显示的指标"), zh.get(0));
    assertTrue(zh.get(1).startsWith("全市,2026-06-30,49.6,3,2,66.7,"), zh.get(1));
    assertEquals(List.of("镇街：乙镇", "镇街：甲镇", "园区：P1"), zh.subList(2, 5).stream()
        .map(l -> l.substring(0, l.indexOf(','))).toList());
    assertTrue(zh.get(0).chars().noneMatch(c -> c >= 'a' && c <= 'z'), "no code names in the Chinese header: " + zh.get(0));
    HttpResponse<byte[]> en = staff.getBytes("/api/figures.csv?as_of=2026-06-30", "Accept-Language", "en-GB,en;q=0.9");
    assertTrue(new String(en.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("\uFEFFscope,as_of,"));
    HttpResponse<byte[]> asked = staff.getBytes("/api/figures.csv?as_of=2026-06-30&lang=zh", "Accept-Language", "en");
    assertTrue(new String(asked.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("\uFEFF范围,"));
    assertEquals("NotOneOf", staff.json("/api/figures.csv?lang=fr", 400).get("code").asText());
  }
}
