package parcelatlas.bulletin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.figures.FigureFixture;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Rankings;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The monthly bulletin on the hand-computed figures fixture, its PDF read back by poppler's
 * pdftotext: the Chinese title, the 龙虎榜 in the order the rankings give, the lagging list; an
 * issued bulletin's bytes and hash unchanged after the records change.
 */
@Tag("database")
class BulletinApiTest {
  private static final String PASSWORD = "bulletin test password";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient admin;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("town", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    admin = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void the_pdf_holds_the_chinese_title_and_the_rankings_in_the_figures_order() {
    String text = Pdftotext.text(admin.getBytes("/api/bulletin.pdf?month=2026-06").body());
    assertTrue(text.contains("2026年6月 重点项目和征收工作月通报"), text);
    // the bulletin is read by every township, so it shows what a viewer of no township's internals sees
    Map<String, List<Rankings.Place>> rankings = Rankings.of(new FigureService(storage), Rankings.Of.TOWNSHIPS,
        LocalDate.parse("2026-06-30"), 30, BulletinBuilder.EVERY_STAFF_MEMBER);
    for (String figure : Rankings.METRICS.keySet()) {
      List<String> expected = rankings.get(figure).stream().map(Rankings.Place::label).toList();
      assertEquals(expected, placesIn(text, Verdicts.name(figure) + "龙虎榜"), figure);
    }
    assertEquals(List.of("乙镇", "甲镇"), placesIn(text, "开工率龙虎榜"), "乙镇 1/1 before 甲镇 1/2, by hand");
    assertTrue(text.contains("镇街乙镇“开工率”居第一（100.0%）"), text);
    assertTrue(text.contains("镇街甲镇“开工率”居末位（50.0%）"), text);
  }

  /**
   * June's city 投资完成率 is withheld (small-cell rule: in January only X1 of {@link FigureFixture}
   * invested): the PDF a city-wide official downloads says so in the page's words, the desk's
   * 不公开 in the city line and the reason in a note under it. Before, a bare "—" with no reason.
   */
  @Test
  void the_pdf_says_why_the_citys_investment_completion_is_withheld_as_the_page_does() {
    ApiClient city = app.client().signIn("city", PASSWORD);
    String text = Pdftotext.text(city.getBytes("/api/bulletin.pdf?month=2026-06").body());
    assertTrue(text.contains("投资完成率 不公开，时间进度 "), text);
    assertTrue(text.contains("投资完成率不公开：涉及他镇街少于3个项目，为保护单个项目数据不予显示"), text);
  }

  /** The township names of the lines "第N名 NAME …" under the heading, in the order printed. */
  private static List<String> placesIn(String text, String heading) {
    List<String> names = new ArrayList<>();
    String[] lines = text.split("\n");
    int i = 0;
    while (i < lines.length && !lines[i].strip().equals(heading)) {
      i++;
    }
    assertTrue(i < lines.length, "no heading " + heading + " in\n" + text);
    for (i++; i < lines.length && lines[i].strip().startsWith("第"); i++) {
      names.add(lines[i].strip().split(" ")[1]);
    }
    return names;
  }

  @Test
  void an_issued_bulletin_is_downloaded_again_byte_for_byte_after_the_records_change() {
    HttpResponse<String> issued = admin.post("/api/bulletins", "application/json", "{\"month\": \"2026-06\"}");
    assertEquals(201, issued.statusCode(), issued.body());
    JsonNode record = ApiClient.parse(issued.body());
    String path = "/api/bulletins/" + record.get("id").asText() + "/pdf";
    byte[] first = admin.getBytes(path).body();
    assertEquals(record.get("sha256").asText(), BulletinArchive.sha256(first));
    JsonNode lagging = admin.json("/api/bulletin?month=2026-06", 200).get("lagging").get(0);
    assertTrue(Pdftotext.text(first).contains(lagging.get("name").asText()), "the lagging project is listed");

    storage.inTransaction(c -> {
      try (java.sql.PreparedStatement s = c.prepareStatement("UPDATE projects SET leader = ? WHERE code = ?")) {
        s.setString(1, "新任包保领导");
        s.setString(2, lagging.get("code").asText());
        return s.executeUpdate();
      }
    });
    assertTrue(Pdftotext.text(admin.getBytes("/api/bulletin.pdf?month=2026-06").body()).contains("新任包保领导"),
        "a bulletin made now shows the change");
    HttpResponse<byte[]> again = admin.getBytes(path);
    assertArrayEquals(first, again.body());
    assertEquals(record.get("sha256").asText(), again.headers().firstValue("X-Bulletin-SHA256").orElseThrow());
    assertFalse(Pdftotext.text(again.body()).contains("新任包保领导"), "the archived one does not");
    JsonNode listed = admin.json("/api/bulletins", 200).get("bulletins");
    assertEquals(record.get("sha256").asText(), listed.get(0).get("sha256").asText());
    assertEquals("2026-06", listed.get(0).get("month").asText());
  }

  @Test
  void only_city_wide_officials_and_admins_issue_and_a_refusal_archives_nothing() {
    long before = Sql.count(storage, "bulletins");
    String body = "{\"month\": \"2026-05\"}";
    assertEquals(401, app.post("/api/bulletins", "application/json", body).statusCode());
    HttpResponse<String> town = app.client().signIn("town", PASSWORD).post("/api/bulletins", "application/json", body);
    assertEquals(403, town.statusCode());
    assertEquals("BulletinsForCityWide", ApiClient.parse(town.body()).get("code").asText());
    assertEquals(before, Sql.count(storage, "bulletins"));
    ApiClient city = app.client().signIn("city", PASSWORD);
    assertEquals(201, city.post("/api/bulletins", "application/json", body).statusCode());
    assertEquals(before + 1, Sql.count(storage, "bulletins"));
    assertEquals(401, app.get("/api/bulletins").statusCode());
    assertEquals(401, app.get("/api/bulletin?month=2026-05").statusCode());
  }

  @Test
  void a_bad_month_or_id_is_refused_naming_the_field() {
    long before = Sql.count(storage, "bulletins");
    assertEquals("MonthExpected", admin.json("/api/bulletin?month=2026-13", 400).get("code").asText());
    JsonNode future = admin.json("/api/bulletin?month=2026-12", 400);
    assertEquals("MonthOutOfRange", future.get("code").asText());
    assertEquals("month", future.get("params").get("field").asText());
    assertEquals(400, admin.post("/api/bulletins", "application/json", "{\"month\": 202606}").statusCode());
    assertEquals(400, admin.post("/api/bulletins", "application/json", "{\"month\": \"1999-12\"}").statusCode());
    assertEquals(before, Sql.count(storage, "bulletins"));
    assertEquals("InvalidParameterValue", admin.json("/api/bulletins/abc/pdf", 400).get("code").asText());
    assertEquals("BulletinNotFound", admin.json("/api/bulletins/987654/pdf", 404).get("code").asText());
  }

  @Test
  void without_a_chinese_font_the_pdf_is_refused_and_the_bulletin_still_served() {
    long before = Sql.count(storage, "bulletins");
    try (RunningApp fontless = new RunningApp(storage, Map.of("ATLAS_BULLETIN_FONT", "/nonexistent/font.ttc"))) {
      ApiClient staff = fontless.staff();
      HttpResponse<String> pdf = staff.get("/api/bulletin.pdf?month=2026-06");
      assertEquals(503, pdf.statusCode());
      assertEquals("BulletinFontMissing", ApiClient.parse(pdf.body()).get("code").asText());
      assertEquals(503, staff.post("/api/bulletins", "application/json", "{\"month\": \"2026-06\"}").statusCode());
      assertEquals("2026-06-30", staff.json("/api/bulletin?month=2026-06", 200).get("asOf").asText());
    }
    assertEquals(before, Sql.count(storage, "bulletins"), "nothing archived without a PDF");
  }
}
