package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.leads.LeadFixture.PASSWORD;
import static parcelatlas.leads.LeadFixture.post;
import static parcelatlas.leads.LeadFixture.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
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
 * The leads inbox over HTTP: the overdue flag and counts follow the {@code leads.overdue.hours}
 * setting against the app's fixed clock, and keyset paging walks every lead once.
 */
@Tag("database")
class LeadsInboxApiTest {
  private static LeadFixture fx;

  @BeforeAll
  static void start() {
    fx = new LeadFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void a_lead_still_new_past_the_setting_is_flagged_overdue_and_counted() {
    long late = fx.lead(fx.parcelP2, "overdue-30h", Duration.ofHours(30));
    long recent = fx.lead(fx.parcelP2, "overdue-20h", Duration.ofHours(20));
    long answered = fx.lead(fx.parcelP2, "overdue-answered", Duration.ofHours(40));
    assertEquals(200, post(fx.as("park.two"), "/api/leads/" + answered + "/status", "{\"status\": \"contacted\"}").statusCode());
    ApiClient two = fx.as("park.two");
    assertTrue(two.json("/api/leads/" + late, 200).path("lead").path("overdue").asBoolean());
    assertFalse(two.json("/api/leads/" + recent, 200).path("lead").path("overdue").asBoolean());
    assertFalse(two.json("/api/leads/" + answered, 200).path("lead").path("overdue").asBoolean());
    JsonNode overdue = two.json("/api/leads?overdue=true", 200);
    assertEquals(24, overdue.path("overdueHours").asInt());
    List<Long> ids = new ArrayList<>();
    overdue.path("leads").forEach(l -> ids.add(l.path("id").asLong()));
    assertTrue(ids.contains(late) && !ids.contains(recent) && !ids.contains(answered), ids.toString());
    long counted = LeadFixture.park(two.json("/api/leads/counts", 200).path("parks"), "QL-P02").path("overdue").asLong();
    assertEquals(ids.size(), counted);
    assertEquals(counted, overdue.path("overdue").asLong());
    try (RunningApp patient = new RunningApp(fx.storage, Map.of("ATLAS_LEADS_OVERDUE_HOURS", "36"))) {
      ApiClient later = patient.client().signIn("park.two", PASSWORD);
      assertFalse(later.json("/api/leads/" + late, 200).path("lead").path("overdue").asBoolean());
      assertEquals(counted - 1, LeadFixture.park(later.json("/api/leads/counts", 200).path("parks"), "QL-P02").path("overdue").asLong());
    }
    try (RunningApp eager = new RunningApp(fx.storage, Map.of("ATLAS_LEADS_OVERDUE_HOURS", "12"))) {
      assertTrue(eager.client().signIn("park.two", PASSWORD).json("/api/leads/" + recent, 200)
          .path("lead").path("overdue").asBoolean());
    }
  }

  @Test
  void the_inbox_pages_by_keyset_without_gaps_or_repeats() {
    for (int i = 0; i < 5; i++) {
      fx.lead(fx.parcelP1, "paging-" + i, Duration.ZERO);
    }
    ApiClient city = fx.as("city");
    List<Long> seen = new ArrayList<>();
    String path = "/api/leads?park=QL-P01&limit=2";
    for (int pages = 0; path != null && pages < 100; pages++) {
      JsonNode page = city.json(path, 200);
      page.path("leads").forEach(l -> seen.add(l.path("id").asLong()));
      path = page.path("next").isNull() ? null : "/api/leads?park=QL-P01&limit=2&before=" + page.path("next").asLong();
    }
    List<Long> all = new ArrayList<>();
    Sql.rows(fx.storage, "SELECT id FROM enquiries WHERE park_code = 'QL-P01' ORDER BY id DESC")
        .forEach(r -> all.add(((Number) r.get("id")).longValue()));
    assertEquals(all, seen);
    refusal(city.get("/api/leads?limit=201"), 400, "WholeNumberOutOfRange");
    refusal(city.get("/api/leads?status=lost"), 400, "InvalidParameterValue");
    refusal(city.get("/api/leads/abc"), 400, "InvalidParameterValue");
    refusal(city.get("/api/leads/999999"), 404, "LeadNotFound");
  }
}
