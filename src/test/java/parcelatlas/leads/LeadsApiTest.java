package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.features.FeatureReader;
import parcelatlas.investor.Enquiries;
import parcelatlas.investor.Enquiry;
import parcelatlas.investor.PublicParcels;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Leads over HTTP on the demo city: contacts checked before an enquiry is stored, the lifecycle
 * with notes, assignment and audit, refused moves that change nothing, parks kept apart, and the
 * overdue flag following the {@code leads.overdue.hours} setting against the app's fixed clock.
 */
@Tag("database")
class LeadsApiTest {
  private static final String PASSWORD = "lead desk password";
  private static final String JSON = "application/json";
  private static Storage storage;
  private static RunningApp app;
  private static String parcelP1;
  private static String parcelP2;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("park.one", Role.OFFICIAL, null, "QL-P01", PASSWORD.toCharArray());
    users.add("park.two", Role.OFFICIAL, null, "QL-P02", PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    String township = (String) Sql.rows(storage, "SELECT township FROM demolition_zones ORDER BY code").get(0).get("township");
    users.add("township", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
    parcelP1 = publicParcel("QL-P01");
    parcelP2 = publicParcel("QL-P02");
    app = new RunningApp(storage, Map.of("ATLAS_ENQUIRY_LIMIT_PER_HOUR", "100"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String publicParcel(String park) {
    return (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " AND park_code = ? ORDER BY code", park).get(0).get("code");
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  private static String enquiry(String parcel, String contact) {
    return "{\"parcel_code\": \"" + parcel + "\", \"name\": \"王先生\", \"contact\": \"" + contact
        + "\", \"message\": \"想了解地块价格\"}";
  }

  /** A new lead on the parcel, enquired at the app's clock minus {@code age}; its id. */
  private static long lead(String parcel, String client, Duration age) {
    Clock then = Clock.offset(RunningApp.CLOCK, age.negated());
    new Enquiries(storage, new PublicParcels(storage, new FeatureReader(storage, then)), then, 100, "test")
        .submit(new Enquiry(parcel, "李女士", "13800000000", "能否现场看地"), client);
    return ((Number) Sql.rows(storage, "SELECT MAX(id) AS id FROM enquiries").get(0).get("id")).longValue();
  }

  private static HttpResponse<String> post(ApiClient who, String path, String body) {
    return who.post(path, JSON, body);
  }

  private static JsonNode refusal(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = ApiClient.parse(response.body());
    assertEquals(code, body.path("code").asText(), response.body());
    return body;
  }

  private static List<String> auditActions(long id) {
    List<String> actions = new ArrayList<>();
    Sql.rows(storage, "SELECT action FROM audit_log WHERE entity = 'lead' AND entity_key = ? ORDER BY id",
        String.valueOf(id)).forEach(r -> actions.add((String) r.get("action")));
    return actions;
  }

  @Test
  void a_contact_that_is_no_phone_or_e_mail_is_refused_and_nothing_is_stored() {
    long before = Sql.count(storage, "enquiries");
    for (String bad : List.of("abc", "12345", "1234567890", "23800000000", "1380000000", "138000000001",
        "wang@", "wang@example", "@example.com", "wang..li@example.com", "010-1234", "0571-0888666",
        "13800000000 转 12", "电话 13800000000")) {
      HttpResponse<String> response = app.post("/api/investor/enquiries", JSON, enquiry(parcelP1, bad));
      JsonNode body = refusal(response, 400, "ContactNotPhoneOrEmail");
      assertEquals("contact", body.path("params").path("field").asText(), bad);
    }
    assertEquals(before, Sql.count(storage, "enquiries"), "a refused enquiry is not stored");
    Map<String, String> stored = Map.of("+86 139-0000-0001", "13900000001", "(0571) 8888 6666 转 12",
        "0571-88886666-12", "010-62345678", "010-62345678", "Wang.Li@Example.COM", "Wang.Li@example.com");
    stored.forEach((sent, kept) -> {
      assertEquals(201, app.post("/api/investor/enquiries", JSON, enquiry(parcelP1, sent)).statusCode(), sent);
      assertEquals(1, Sql.rows(storage, "SELECT id FROM enquiries WHERE contact = ?", kept).size(), sent);
    });
  }

  @Test
  void a_lead_moves_to_closed_won_with_notes_and_assignment_each_step_audited() {
    long id = lead(parcelP1, "won", Duration.ZERO);
    ApiClient one = as("park.one");
    String base = "/api/leads/" + id;
    JsonNode fresh = one.json(base, 200);
    assertEquals("new", fresh.path("lead").path("status").asText());
    assertEquals(List.of("contacted", "closed_lost"), texts(fresh.path("moves")));
    assertEquals(200, post(one, base + "/status", "{\"status\": \"contacted\", \"note\": \"已电话联系\"}").statusCode());
    assertEquals(200, post(one, base + "/assign", "{\"assignee\": \"park.one\"}").statusCode());
    assertEquals(201, post(one, base + "/notes", "{\"note\": \"客户下周三来园区\\n需要双回路供电\"}").statusCode());
    assertEquals(200, post(one, base + "/status", "{\"status\": \"site_visit\", \"expected\": \"contacted\"}").statusCode());
    HttpResponse<String> won = post(one, base + "/status", "{\"status\": \"closed_won\"}");
    assertEquals(200, won.statusCode(), won.body());
    JsonNode done = ApiClient.parse(won.body());
    JsonNode lead = done.path("lead");
    assertEquals("closed_won", lead.path("status").asText());
    assertEquals("park.one", lead.path("assignedTo").asText());
    assertEquals("park.one", lead.path("handledBy").asText());
    assertEquals(RunningApp.CLOCK.instant().toString(), lead.path("handledAt").asText().replace(".000", ""));
    assertEquals(List.of("已电话联系", "客户下周三来园区\n需要双回路供电"), texts(done.path("notes"), "body"));
    assertEquals(List.of(), texts(done.path("moves")), "a closed lead moves no further for an official");
    assertEquals(List.of("lead_status", "lead_assign", "lead_note", "lead_status", "lead_status"), auditActions(id));
    assertEquals(5, done.path("history").size());
    assertEquals(1, Sql.rows(storage, "SELECT id FROM audit_log WHERE entity = 'lead' AND entity_key = ? AND actor = ?"
        + " AND old_value LIKE ? AND new_value LIKE ?", String.valueOf(id), "park.one", "%site_visit%", "%closed_won%").size());
  }

  @Test
  void a_move_off_the_rule_is_refused_with_its_code_and_changes_nothing() {
    long id = lead(parcelP1, "illegal", Duration.ZERO);
    ApiClient one = as("park.one");
    String status = "/api/leads/" + id + "/status";
    JsonNode body = refusal(post(one, status, "{\"status\": \"closed_won\"}"), 409, "LeadTransitionNotAllowed");
    assertEquals("new", body.path("params").path("from").asText());
    refusal(post(one, status, "{\"status\": \"site_visit\"}"), 409, "LeadTransitionNotAllowed");
    refusal(post(one, status, "{\"status\": \"closed_lost\"}"), 400, "LeadLossReasonRequired");
    refusal(post(one, status, "{\"status\": \"won\"}"), 400, "InvalidParameterValue");
    refusal(post(one, status, "{\"status\": \"contacted\", \"expected\": \"site_visit\"}"), 409, "LeadStatusChanged");
    refusal(post(one, "/api/leads/" + id + "/notes", "{\"note\": \"" + "长".repeat(1001) + "\"}"), 400, "TextLength");
    refusal(post(one, "/api/leads/" + id + "/notes", "{\"note\": \"bad\\u202Etext\"}"), 400, "ControlCharacter");
    assertEquals(List.of(), auditActions(id), "a refused change leaves no audit entry");
    assertEquals("new", Sql.rows(storage, "SELECT status FROM enquiries WHERE id = ?", id).get(0).get("status"));
    assertEquals(0, Sql.rows(storage, "SELECT id FROM lead_notes WHERE enquiry_id = ?", id).size());
    assertEquals(200, post(one, status, "{\"status\": \"closed_lost\", \"note\": \"投资方改投他省\"}").statusCode());
    refusal(post(one, status, "{\"status\": \"contacted\"}"), 403, "LeadReopenAdminOnly");
    refusal(post(as("city"), status, "{\"status\": \"contacted\"}"), 403, "LeadReopenAdminOnly");
    refusal(post(app.staff(), status, "{\"status\": \"site_visit\"}"), 409, "LeadTransitionNotAllowed");
    assertEquals(200, post(app.staff(), status, "{\"status\": \"contacted\", \"note\": \"客户回来了\"}").statusCode());
    assertEquals(List.of("lead_status", "lead_status"), auditActions(id));
  }

  @Test
  void a_park_official_neither_sees_nor_changes_another_parks_lead() {
    long id = lead(parcelP1, "apart", Duration.ZERO);
    lead(parcelP2, "apart-2", Duration.ZERO);
    ApiClient two = as("park.two");
    String base = "/api/leads/" + id;
    refusal(two.get(base), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/status", "{\"status\": \"contacted\"}"), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/assign", "{\"assignee\": \"park.two\"}"), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/notes", "{\"note\": \"抢单\"}"), 403, "LeadOfAnotherPark");
    refusal(two.get("/api/leads?park=QL-P01"), 403, "LeadOfAnotherPark");
    JsonNode own = two.json("/api/leads?limit=200", 200).path("leads");
    assertTrue(own.size() >= 1);
    own.forEach(l -> assertEquals("QL-P02", l.path("parkCode").asText()));
    assertEquals(List.of("QL-P02"), fieldNames(two.json("/api/leads/counts", 200).path("parks")));
    refusal(post(as("park.one"), base + "/assign", "{\"assignee\": \"park.two\"}"), 400, "LeadAssigneeNotEligible");
    refusal(post(as("park.one"), base + "/assign", "{\"assignee\": \"planner\"}"), 400, "LeadAssigneeNotEligible");
    assertEquals(List.of(), auditActions(id));
    assertEquals("new", Sql.rows(storage, "SELECT status FROM enquiries WHERE id = ?", id).get(0).get("status"));
    refusal(app.get("/api/leads"), 401, "SignInRequired");
    refusal(as("planner").get("/api/leads"), 403, "EnquiriesForParkStaff");
    refusal(as("township").get(base), 403, "EnquiriesForParkStaff");
    assertEquals(200, as("city").get(base).statusCode());
    assertTrue(fieldNames(app.staff().json("/api/leads/counts", 200).path("parks")).containsAll(List.of("QL-P01", "QL-P02")));
  }

  @Test
  void a_lead_still_new_past_the_setting_is_flagged_overdue_and_counted() {
    long late = lead(parcelP2, "overdue-30h", Duration.ofHours(30));
    long recent = lead(parcelP2, "overdue-20h", Duration.ofHours(20));
    long answered = lead(parcelP2, "overdue-answered", Duration.ofHours(40));
    assertEquals(200, post(as("park.two"), "/api/leads/" + answered + "/status", "{\"status\": \"contacted\"}").statusCode());
    ApiClient two = as("park.two");
    assertTrue(two.json("/api/leads/" + late, 200).path("lead").path("overdue").asBoolean());
    assertFalse(two.json("/api/leads/" + recent, 200).path("lead").path("overdue").asBoolean());
    assertFalse(two.json("/api/leads/" + answered, 200).path("lead").path("overdue").asBoolean());
    JsonNode overdue = two.json("/api/leads?overdue=true", 200);
    assertEquals(24, overdue.path("overdueHours").asInt());
    List<Long> ids = new ArrayList<>();
    overdue.path("leads").forEach(l -> ids.add(l.path("id").asLong()));
    assertTrue(ids.contains(late) && !ids.contains(recent) && !ids.contains(answered), ids.toString());
    long counted = two.json("/api/leads/counts", 200).path("parks").path("QL-P02").path("overdue").asLong();
    assertEquals(ids.size(), counted);
    assertEquals(counted, overdue.path("overdue").asLong());
    try (RunningApp patient = new RunningApp(storage, Map.of("ATLAS_LEADS_OVERDUE_HOURS", "36"))) {
      ApiClient later = patient.client().signIn("park.two", PASSWORD);
      assertFalse(later.json("/api/leads/" + late, 200).path("lead").path("overdue").asBoolean());
      assertEquals(counted - 1, later.json("/api/leads/counts", 200).path("parks").path("QL-P02").path("overdue").asLong());
    }
    try (RunningApp eager = new RunningApp(storage, Map.of("ATLAS_LEADS_OVERDUE_HOURS", "12"))) {
      assertTrue(eager.client().signIn("park.two", PASSWORD).json("/api/leads/" + recent, 200)
          .path("lead").path("overdue").asBoolean());
    }
  }

  @Test
  void the_inbox_pages_by_keyset_without_gaps_or_repeats() {
    for (int i = 0; i < 5; i++) {
      lead(parcelP1, "paging-" + i, Duration.ZERO);
    }
    ApiClient city = as("city");
    List<Long> seen = new ArrayList<>();
    String path = "/api/leads?park=QL-P01&limit=2";
    for (int pages = 0; path != null && pages < 100; pages++) {
      JsonNode page = city.json(path, 200);
      page.path("leads").forEach(l -> seen.add(l.path("id").asLong()));
      path = page.path("next").isNull() ? null : "/api/leads?park=QL-P01&limit=2&before=" + page.path("next").asLong();
    }
    List<Long> all = new ArrayList<>();
    Sql.rows(storage, "SELECT id FROM enquiries WHERE park_code = 'QL-P01' ORDER BY id DESC")
        .forEach(r -> all.add(((Number) r.get("id")).longValue()));
    assertEquals(all, seen);
    refusal(city.get("/api/leads?limit=201"), 400, "WholeNumberOutOfRange");
    refusal(city.get("/api/leads?status=lost"), 400, "InvalidParameterValue");
    refusal(city.get("/api/leads/abc"), 400, "InvalidParameterValue");
    refusal(city.get("/api/leads/999999"), 404, "LeadNotFound");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String member) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(member).asText()));
    return out;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
