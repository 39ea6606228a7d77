package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Every free text written through the desk (report note and change reason, stage note and reason,
 * issue description and responsible party, resolution) and every text of an investor's enquiry is
 * refused with 400 naming the field when it holds a control, bidi or invisible character
 * ({@code domain.PlainText}); line breaks only where the text is a note. Nothing is stored.
 */
@Tag("database")
class PlainTextsApiTest {
  private static final ObjectMapper JSON_WRITER = new ObjectMapper();
  private static final String JSON = "application/json";
  private static final String PASSWORD = "plain texts password";
  /** NUL, a right-to-left override, a zero-width space: each hides or disguises text. */
  private static final List<String> HIDDEN = List.of("\u0000", "\u202E", "\u200B");
  private static final List<String> TABLES = List.of("audit_log", "demolition_reports", "project_stage_changes",
      "project_issues", "enquiries");
  private static Storage storage;
  private static RunningApp app;
  private static String zone;
  private static String project;
  private static ApiClient official;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    zone = (String) Sql.rows(storage, "SELECT z.code FROM demolition_zones z JOIN zone_latest_reports r"
        + " ON r.zone_id = z.id WHERE r.signed_households + 3 < z.target_households ORDER BY z.code").get(0).get("code");
    String township = (String) Sql.rows(storage, "SELECT township FROM demolition_zones WHERE code = ?", zone)
        .get(0).get("township");
    project = (String) Sql.rows(storage, "SELECT code FROM projects WHERE township = ? AND stage = 'signed'"
        + " ORDER BY code", township).get(0).get("code");
    new Users(storage, new PasswordHasher(4)).add("official", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    official = app.client().signIn("official", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String json(Map<String, Object> body) {
    try {
      return JSON_WRITER.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, Sql.count(storage, t)));
    return counts;
  }

  private static Map<String, Object> report(String field, String text) {
    Map<String, Object> latest = Sql.rows(storage, "SELECT r.id, r.signed_households, r.demolished_households,"
        + " r.cleared_area_m2 FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = ?"
        + " ORDER BY r.id DESC", zone).get(0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("report_date", "2026-11-20");
    body.put("signed_households", ((Number) latest.get("signed_households")).intValue() + 1);
    body.put("demolished_households", latest.get("demolished_households"));
    body.put("cleared_area_m2", latest.get("cleared_area_m2"));
    body.put("based_on", ((Number) latest.get("id")).longValue());
    body.put(field, text);
    return body;
  }

  private static Map<String, Object> stage(String field, String text) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("stage", "land_secured", "effective_date", "2026-11-19"));
    body.put(field, text);
    return body;
  }

  private static Map<String, Object> enquiry(String field, String text) {
    String parcel = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " ORDER BY code").get(0).get("code");
    Map<String, Object> body = new LinkedHashMap<>(Map.of("parcel_code", parcel, "name", "王先生",
        "contact", "138-0000-0000", "message", "请问地块何时可以交地？"));
    body.put(field, text);
    return body;
  }

  /** {path, field, whether a line break is allowed}, each sent with a forbidden character in the field. */
  private static List<Object[]> cases() {
    String base = "/api/desk/projects/" + project;
    return List.of(new Object[] {"/api/desk/zones/" + zone + "/reports", "note", true},
        new Object[] {"/api/desk/zones/" + zone + "/reports", "change_reason", true},
        new Object[] {base + "/stage", "note", true}, new Object[] {base + "/stage", "reason", true},
        new Object[] {base + "/issues", "description", true}, new Object[] {base + "/issues", "responsible", false},
        new Object[] {"/api/investor/enquiries", "name", false}, new Object[] {"/api/investor/enquiries", "contact", false},
        new Object[] {"/api/investor/enquiries", "message", true});
  }

  private static Map<String, Object> body(String path, String field, String text) {
    if (path.endsWith("/reports")) {
      return report(field, text);
    }
    if (path.endsWith("/stage")) {
      return stage(field, text);
    }
    if (path.endsWith("/issues")) {
      Map<String, Object> body = new LinkedHashMap<>(Map.of("description", "施工用电未接入", "responsible", "供电公司"));
      body.put(field, text);
      return body;
    }
    return enquiry(field, text);
  }

  @Test
  void a_hidden_character_in_any_desk_or_enquiry_text_is_refused_naming_the_field_and_nothing_is_stored() {
    Map<String, Long> before = counts();
    for (Object[] c : cases()) {
      List<String> bad = new java.util.ArrayList<>();
      HIDDEN.forEach(h -> bad.add("核减" + h + "重复登记"));
      if (!(Boolean) c[2]) {
        bad.add("供电\n公司");
      }
      for (String text : bad) {
        HttpResponse<String> r = official.post((String) c[0], JSON, json(body((String) c[0], (String) c[1], text)));
        assertEquals(400, r.statusCode(), c[0] + " " + c[1] + " → " + r.body());
        assertTrue(r.body().contains(c[1] + " contains a control or invisible formatting character"), r.body());
      }
    }
    HttpResponse<String> close = official.post("/api/desk/projects/" + project + "/issues/1/close", JSON,
        json(Map.of("resolution", "已解决\u202E")));
    assertEquals(400, close.statusCode(), close.body());
    assertTrue(close.body().contains("resolution contains"), close.body());
    assertEquals(before, counts(), "a refused text stores nothing");
  }

  @Test
  void notes_may_span_lines() {
    HttpResponse<String> filed = official.post("/api/desk/zones/" + zone + "/reports", JSON,
        json(report("note", "本周签约1户。\n下周继续入户。")));
    assertEquals(201, filed.statusCode(), filed.body());
    HttpResponse<String> raised = official.post("/api/desk/projects/" + project + "/issues", JSON,
        json(Map.of("description", "施工用电未接入：\n变压器未到货", "responsible", "供电公司")));
    assertEquals(200, raised.statusCode(), raised.body());
    HttpResponse<String> asked = app.post("/api/investor/enquiries", JSON, json(enquiry("message", "两个问题：\n1. 交地时间\n2. 价格")));
    assertEquals(201, asked.statusCode(), asked.body());
  }
}
