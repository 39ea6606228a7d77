package parcelatlas.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The quarterly contest over HTTP on {@link ContestFixture}, scores worked out by hand. Each test
 * first sets the weights and flag counts it needs; only 2026Q3 is ever published (the clock's today
 * is 2026-11-20, in 2026Q4), so the hand-computed 2026Q2 is always computed live.
 */
@Tag("database")
class ContestApiTest {
  private static final String DEFAULTS = "{\"weights\": {\"start_rate_pct\": 20, \"investment_rate_pct\": 20,"
      + " \"production_rate_pct\": 15, \"intensity_wan_per_mu\": 10, \"tax_wan_per_mu\": 10, \"signed_pct\": 10,"
      + " \"demolished_pct\": 10, \"cleared_pct\": 5}, \"red\": 1, \"yellow\": 1}";
  private static final String PASSWORD = "another quite long passphrase";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient admin;
  private static ApiClient official;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    ContestFixture.load(storage);
    RunningApp.withStaff(storage);
    new Users(storage, new PasswordHasher(4)).add("jia.official", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    admin = app.staff();
    official = app.client().signIn("jia.official", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static JsonNode put(ApiClient who, String body, int status) {
    HttpResponse<String> r = who.send("PUT", "/api/admin/contest/weights", "application/json", body);
    assertEquals(status, r.statusCode(), r.body());
    return ApiClient.parse(r.body());
  }

  /** "name rank score flag" of each place, in order. */
  private static List<String> places(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("places").forEach(p -> out.add(p.get("name").asText() + " " + p.get("rank").asText() + " "
        + p.get("score").asText() + " " + p.get("flag").asText()));
    return out;
  }

  @Test
  void scores_and_flags_equal_a_hand_computation() {
    put(admin, DEFAULTS, 200);
    // The inputs, as the rankings give them on 2026-06-30 (乙镇 and 丙镇 alike; 丁镇 measured on nothing):
    //            开工率  投资完成率 竣工投产率 亩均投资强度 亩均税收 签约  拆除  腾空
    //   甲镇      50.0   23.3      0.0       266.7       0.6     86.7  80.0  80.0
    //   乙/丙镇  100.0   20.0    100.0       300.0       3.0     25.0   0.0   0.0
    //   best     100.0   23.3    100.0       300.0       3.0     86.7  80.0  80.0
    JsonNode r = admin.json("/api/figures/rankings?as_of=2026-06-30", 200).get("rankings");
    assertEquals(266.7, value(r, "intensity_wan_per_mu", "甲镇"));
    assertEquals(23.3, value(r, "investment_rate_pct", "甲镇"));
    assertEquals(20.0, value(r, "investment_rate_pct", "丙镇"));
    assertEquals(86.7, value(r, "signed_pct", "甲镇"));
    assertEquals(25.0, value(r, "signed_pct", "丙镇"));
    assertTrue(r.get("start_rate_pct").get(3).get("value").isNull(), "丁镇 has nothing due to start");
    // weights 20, 20, 15, 10, 10, 10, 10, 5 (sum 100); points = weight × value ÷ best:
    // 甲镇: 20×50/100 + 20 + 15×0 + 10×266.7/300 + 10×0.6/3 + 10 + 10 + 5 = 10 + 20 + 0 + 8.89 + 2 + 25 = 65.89
    // 乙镇: 20 + 20×20/23.3 + 15 + 10 + 10 + 10×25/86.7 + 0 + 0 = 55 + 17.1674 + 2.8835 = 75.0509 → 75.05
    // 丙镇 = 乙镇: they share place 1, so 甲镇 is third. red = 1: both 乙镇 and 丙镇 (a tie is never
    // split); yellow = 1: 甲镇, the last. 丁镇: no score, no place, no flag.
    JsonNode q2 = admin.json("/api/desk/contest?quarter=2026Q2", 200);
    assertEquals("2026-06-30", q2.get("asOf").asText());
    assertEquals(false, q2.get("provisional").asBoolean());
    assertEquals(false, q2.get("published").asBoolean());
    assertEquals(List.of("丙镇 1 75.05 red", "乙镇 1 75.05 red", "甲镇 3 65.89 yellow", "丁镇 null null null"),
        places(q2));
    assertEquals(8.89, q2.get("places").get(2).get("points").get("intensity_wan_per_mu").asDouble());
    assertEquals(17.17, q2.get("places").get(1).get("points").get("investment_rate_pct").asDouble());
    // The defaults, 5 red and 2 yellow, with three places scored: red wins, every one is red.
    put(admin, "{\"red\": 5, \"yellow\": 2}", 200);
    assertEquals(List.of("丙镇 1 75.05 red", "乙镇 1 75.05 red", "甲镇 3 65.89 red", "丁镇 null null null"),
        places(admin.json("/api/desk/contest?quarter=2026Q2", 200)));
  }

  private static double value(JsonNode rankings, String figure, String name) {
    for (JsonNode place : rankings.get(figure)) {
      if (place.get("name").asText().equals(name)) {
        return place.get("value").asDouble();
      }
    }
    throw new AssertionError(name + " not ranked on " + figure);
  }

  @Test
  void weights_an_admin_edits_change_the_result_and_are_audited() {
    put(admin, DEFAULTS, 200);
    long audited = Sql.count(storage, "audit_log");
    // Only 拆除进度 weighs: 甲镇 80.0 is the best (100 points); 乙镇 and 丙镇 0.0 of 80 (0 points) tie
    // last, and both get the one yellow flag.
    JsonNode after = put(admin, "{\"weights\": {\"start_rate_pct\": 0, \"investment_rate_pct\": 0,"
        + " \"production_rate_pct\": 0, \"intensity_wan_per_mu\": 0, \"tax_wan_per_mu\": 0, \"signed_pct\": 0,"
        + " \"cleared_pct\": 0}}", 200);
    assertEquals(10, after.get("weights").get("demolished_pct").asInt());
    assertEquals(List.of("甲镇 1 100.0 red", "丙镇 2 0.0 yellow", "乙镇 2 0.0 yellow", "丁镇 null null null"),
        places(admin.json("/api/desk/contest?quarter=2026Q2", 200)));
    assertEquals(audited + 1, Sql.count(storage, "audit_log"));
    JsonNode entry = admin.json("/api/admin/audit?entity=contest_settings", 200).get("entries").get(0);
    assertEquals("staff", entry.get("actor").asText());
    assertEquals("update", entry.get("action").asText());
    assertEquals(20, ApiClient.parse(entry.get("oldValue").asText()).get("weights").get("start_rate_pct").asInt());
    assertEquals(0, ApiClient.parse(entry.get("newValue").asText()).get("weights").get("start_rate_pct").asInt());
  }

  @Test
  void bad_settings_are_refused_naming_the_member_and_change_nothing() {
    put(admin, DEFAULTS, 200);
    long audited = Sql.count(storage, "audit_log");
    assertEquals("WholeNumberOutOfRange", put(admin, "{\"weights\": {\"start_rate_pct\": 101}}", 400).get("code").asText());
    assertEquals("weights.start_rate_pct", put(admin, "{\"weights\": {\"start_rate_pct\": 2.5}}", 400)
        .get("params").get("field").asText());
    assertEquals("UnknownParameter", put(admin, "{\"weights\": {\"penalty_wan\": 5}}", 400).get("code").asText());
    assertEquals("red", put(admin, "{\"red\": 51}", 400).get("params").get("field").asText());
    assertEquals("yellow", put(admin, "{\"yellow\": -1}", 400).get("params").get("field").asText());
    assertEquals("UnknownParameter", put(admin, "{\"blue\": 1}", 400).get("code").asText());
    assertEquals("ContestWeightsAllZero", put(admin, "{\"weights\": {\"start_rate_pct\": 0, \"investment_rate_pct\": 0,"
        + " \"production_rate_pct\": 0, \"intensity_wan_per_mu\": 0, \"tax_wan_per_mu\": 0, \"signed_pct\": 0,"
        + " \"demolished_pct\": 0, \"cleared_pct\": 0}}", 400).get("code").asText());
    put(admin, "{}", 200);
    put(admin, DEFAULTS, 200);
    assertEquals(audited, Sql.count(storage, "audit_log"), "refusals and changes that change nothing are not audited");
    assertEquals(20, admin.json("/api/admin/contest/settings", 200).get("weights").get("start_rate_pct").asInt());
  }

  @Test
  void only_admins_change_weights_or_publish_and_only_staff_read_the_desk_result() {
    long audited = Sql.count(storage, "audit_log");
    assertEquals("AdminsOnly", put(official, "{\"red\": 3}", 403).get("code").asText());
    assertEquals("SignInRequired", put(app.client(), "{\"red\": 3}", 401).get("code").asText());
    assertEquals(403, official.post("/api/admin/contest/2026Q1/publish", "application/json", "{}").statusCode());
    assertEquals(401, app.post("/api/admin/contest/2026Q1/publish", "application/json", "{}").statusCode());
    official.json("/api/admin/contest/settings", 403);
    assertEquals(audited, Sql.count(storage, "audit_log"));
    assertEquals(0, Sql.count(storage, "contest_publications WHERE quarter = '2026Q1'"));
    app.json("/api/desk/contest?quarter=2026Q2", 401);
    JsonNode seen = official.json("/api/desk/contest?quarter=2026Q2", 200);
    assertEquals(4, seen.get("places").size());
    assertTrue(seen.get("places").get(0).get("points").get("tax_wan_per_mu") == null,
        "a township official is not shown the points that could give one project's tax away");
  }

  @Test
  void bad_quarters_are_refused_with_a_code() {
    for (String bad : List.of("2026Q5", "2026q3", "2026-Q3", "26Q3", "2026Q3%20", "", "Q3", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96Q3", "2026Q03")) {
      assertEquals("QuarterExpected", admin.json("/api/desk/contest?quarter=" + bad, 400).get("code").asText(), bad);
      assertEquals("QuarterExpected", app.json("/api/public/contest?quarter=" + bad, 400).get("code").asText(), bad);
    }
    JsonNode late = admin.json("/api/desk/contest?quarter=2027Q1", 400);
    assertEquals("QuarterOutOfRange", late.get("code").asText());
    assertEquals("2026Q4", late.get("params").get("max").asText());
    assertEquals("QuarterOutOfRange", app.json("/api/public/contest?quarter=1999Q4", 400).get("code").asText());
    HttpResponse<String> publish = admin.post("/api/admin/contest/2026Q9/publish", "application/json", "{}");
    assertEquals(400, publish.statusCode());
    assertEquals("QuarterExpected", ApiClient.parse(publish.body()).get("code").asText());
    admin.json("/api/desk/contest?of=villages", 400);
  }
}
