package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The demo city with the leads tests' staff (park.one of QL-P01, park.two of QL-P02, a city-wide
 * official, a planner, a township official, the admin) and the running app, plus helpers that make
 * leads at a given age by the app's clock and read refusals and audit entries.
 */
final class LeadFixture implements AutoCloseable {
  static final String PASSWORD = "lead desk password";
  static final String JSON = "application/json";
  final Storage storage;
  final RunningApp app;
  final String parcelP1;
  final String parcelP2;

  LeadFixture() {
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

  @Override
  public void close() {
    app.close();
    storage.close();
  }

  private String publicParcel(String park) {
    return (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " AND park_code = ? ORDER BY code", park).get(0).get("code");
  }

  ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  /** A new lead on the parcel, enquired at the app's clock minus {@code age}; its id. */
  long lead(String parcel, String client, Duration age) {
    Clock then = Clock.offset(RunningApp.CLOCK, age.negated());
    new Enquiries(storage, new PublicParcels(storage, new FeatureReader(storage, then)), then, 100, "test")
        .submit(new Enquiry(parcel, "李女士", "13800000000", "能否现场看地"), client);
    return ((Number) Sql.rows(storage, "SELECT MAX(id) AS id FROM enquiries").get(0).get("id")).longValue();
  }

  static HttpResponse<String> post(ApiClient who, String path, String body) {
    return who.post(path, JSON, body);
  }

  static JsonNode refusal(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode body = ApiClient.parse(response.body());
    assertEquals(code, body.path("code").asText(), response.body());
    return body;
  }

  List<String> auditActions(long id) {
    List<String> actions = new ArrayList<>();
    Sql.rows(storage, "SELECT action FROM audit_log WHERE entity = 'lead' AND entity_key = ? ORDER BY id",
        String.valueOf(id)).forEach(r -> actions.add((String) r.get("action")));
    return actions;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<String> texts(JsonNode array, String member) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(member).asText()));
    return out;
  }

  /** The park codes of a page of {@code /api/leads/counts}' {@code parks}, in its order. */
  static List<String> codes(JsonNode parks) {
    return texts(parks, "code");
  }

  /** The counts of one park in a page of {@code /api/leads/counts}' {@code parks} (missing if absent). */
  static JsonNode park(JsonNode parks, String code) {
    for (JsonNode p : parks) {
      if (p.path("code").asText().equals(code)) {
        return p;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
