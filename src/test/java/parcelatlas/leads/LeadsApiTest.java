package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.leads.LeadFixture.JSON;
import static parcelatlas.leads.LeadFixture.codes;
import static parcelatlas.leads.LeadFixture.post;
import static parcelatlas.leads.LeadFixture.refusal;
import static parcelatlas.leads.LeadFixture.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Leads over HTTP on the demo city: contacts checked before an enquiry is stored, the lifecycle
 * with notes, assignment and audit, refused moves that change nothing, and parks kept apart.
 */
@Tag("database")
class LeadsApiTest {
  private static LeadFixture fx;

  @BeforeAll
  static void start() {
    fx = new LeadFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static String enquiry(String parcel, String contact) {
    return "{\"parcel_code\": \"" + parcel + "\", \"name\": \"王先生\", \"contact\": \"" + contact
        + "\", \"message\": \"想了解地块价格\"}";
  }

  @Test
  void a_contact_that_is_no_phone_or_e_mail_is_refused_and_nothing_is_stored() {
    long before = Sql.count(fx.storage, "enquiries");
    for (String bad : List.of("abc", "12345", "1234567890", "23800000000", "1380000000", "138000000001",
        "wang@", "wang@example", "@example.com", "wang..li@example.com", "010-1234", "0571-0888666",
        "13800000000 转 12", "电话 13800000000")) {
      HttpResponse<String> response = fx.app.post("/api/investor/enquiries", JSON, enquiry(fx.parcelP1, bad));
      JsonNode body = refusal(response, 400, "ContactNotPhoneOrEmail");
      assertEquals("contact", body.path("params").path("field").asText(), bad);
    }
    assertEquals(before, Sql.count(fx.storage, "enquiries"), "a refused enquiry is not stored");
    Map<String, String> stored = Map.of("+86 139-0000-0001", "13900000001", "(0571) 8888 6666 转 12",
        "0571-88886666-12", "010-62345678", "010-62345678", "Wang.Li@Example.COM", "Wang.Li@example.com");
    stored.forEach((sent, kept) -> {
      assertEquals(201, fx.app.post("/api/investor/enquiries", JSON, enquiry(fx.parcelP1, sent)).statusCode(), sent);
      assertEquals(1, Sql.rows(fx.storage, "SELECT id FROM enquiries WHERE contact = ?", kept).size(), sent);
    });
  }

  @Test
  void a_lead_moves_to_closed_won_with_notes_and_assignment_each_step_audited() {
    long id = fx.lead(fx.parcelP1, "won", Duration.ZERO);
    ApiClient one = fx.as("park.one");
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
    assertEquals(List.of("lead_status", "lead_assign", "lead_note", "lead_status", "lead_status"), fx.auditActions(id));
    assertEquals(5, done.path("history").size());
    assertEquals(1, Sql.rows(fx.storage, "SELECT id FROM audit_log WHERE entity = 'lead' AND entity_key = ? AND actor = ?"
        + " AND old_value LIKE ? AND new_value LIKE ?", String.valueOf(id), "park.one", "%site_visit%", "%closed_won%").size());
  }

  @Test
  void a_move_off_the_rule_is_refused_with_its_code_and_changes_nothing() {
    long id = fx.lead(fx.parcelP1, "illegal", Duration.ZERO);
    ApiClient one = fx.as("park.one");
    String status = "/api/leads/" + id + "/status";
    JsonNode body = refusal(post(one, status, "{\"status\": \"closed_won\"}"), 409, "LeadTransitionNotAllowed");
    assertEquals("new", body.path("params").path("from").asText());
    refusal(post(one, status, "{\"status\": \"site_visit\"}"), 409, "LeadTransitionNotAllowed");
    refusal(post(one, status, "{\"status\": \"closed_lost\"}"), 400, "LeadLossReasonRequired");
    refusal(post(one, status, "{\"status\": \"won\"}"), 400, "InvalidParameterValue");
    refusal(post(one, status, "{\"status\": \"contacted\", \"expected\": \"site_visit\"}"), 409, "LeadStatusChanged");
    refusal(post(one, "/api/leads/" + id + "/notes", "{\"note\": \"" + "长".repeat(1001) + "\"}"), 400, "TextLength");
    refusal(post(one, "/api/leads/" + id + "/notes", "{\"note\": \"bad\\u202Etext\"}"), 400, "ControlCharacter");
    assertEquals(List.of(), fx.auditActions(id), "a refused change leaves no audit entry");
    assertEquals("new", Sql.rows(fx.storage, "SELECT status FROM enquiries WHERE id = ?", id).get(0).get("status"));
    assertEquals(0, Sql.rows(fx.storage, "SELECT id FROM lead_notes WHERE enquiry_id = ?", id).size());
    assertEquals(200, post(one, status, "{\"status\": \"closed_lost\", \"note\": \"投资方改投他省\"}").statusCode());
    refusal(post(one, status, "{\"status\": \"contacted\"}"), 403, "LeadReopenAdminOnly");
    refusal(post(fx.as("city"), status, "{\"status\": \"contacted\"}"), 403, "LeadReopenAdminOnly");
    refusal(post(fx.app.staff(), status, "{\"status\": \"site_visit\"}"), 409, "LeadTransitionNotAllowed");
    assertEquals(200, post(fx.app.staff(), status, "{\"status\": \"contacted\", \"note\": \"客户回来了\"}").statusCode());
    assertEquals(List.of("lead_status", "lead_status"), fx.auditActions(id));
  }

  @Test
  void a_park_official_neither_sees_nor_changes_another_parks_lead() {
    long id = fx.lead(fx.parcelP1, "apart", Duration.ZERO);
    fx.lead(fx.parcelP2, "apart-2", Duration.ZERO);
    ApiClient two = fx.as("park.two");
    String base = "/api/leads/" + id;
    refusal(two.get(base), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/status", "{\"status\": \"contacted\"}"), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/assign", "{\"assignee\": \"park.two\"}"), 403, "LeadOfAnotherPark");
    refusal(post(two, base + "/notes", "{\"note\": \"抢单\"}"), 403, "LeadOfAnotherPark");
    refusal(two.get("/api/leads?park=QL-P01"), 403, "LeadOfAnotherPark");
    JsonNode own = two.json("/api/leads?limit=200", 200).path("leads");
    assertTrue(own.size() >= 1);
    own.forEach(l -> assertEquals("QL-P02", l.path("parkCode").asText()));
    assertEquals(List.of("QL-P02"), codes(two.json("/api/leads/counts", 200).path("parks")));
    refusal(post(fx.as("park.one"), base + "/assign", "{\"assignee\": \"park.two\"}"), 400, "LeadAssigneeNotEligible");
    refusal(post(fx.as("park.one"), base + "/assign", "{\"assignee\": \"planner\"}"), 400, "LeadAssigneeNotEligible");
    assertEquals(List.of(), fx.auditActions(id));
    assertEquals("new", Sql.rows(fx.storage, "SELECT status FROM enquiries WHERE id = ?", id).get(0).get("status"));
    refusal(fx.app.get("/api/leads"), 401, "SignInRequired");
    refusal(fx.as("planner").get("/api/leads"), 403, "EnquiriesForParkStaff");
    refusal(fx.as("township").get(base), 403, "EnquiriesForParkStaff");
    assertEquals(200, fx.as("city").get(base).statusCode());
    assertTrue(codes(fx.app.staff().json("/api/leads/counts", 200).path("parks")).containsAll(List.of("QL-P01", "QL-P02")));
  }
}
