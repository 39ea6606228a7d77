package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Who may import: every import endpoint called by anonymous visitors, officials, planners and
 * admins, on their own upload and on another planner's; and signed-in writes need the CSRF token.
 */
@Tag("database")
class ImportRolesTest {
  private static final List<String> WHO = List.of("anonymous", "official", "planner", "admin");
  private static final String PASSWORD = "import roles password";
  private static final String PARKS = "{\"layer\": \"parks\"}";
  private static Storage storage;
  private static RunningApp app;
  private static Map<String, ApiClient> clients;
  private static ApiClient otherPlanner;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
    users.add("plan2", Role.PLANNER, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", UploadFixtures.dataDir("import-roles").toString()));
    clients = new LinkedHashMap<>();
    clients.put("anonymous", app.client());
    clients.put("official", app.client().signIn("city", PASSWORD));
    clients.put("planner", app.client().signIn("plan", PASSWORD));
    clients.put("admin", app.staff());
    otherPlanner = app.client().signIn("plan2", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static int upload(ApiClient client) {
    return client.postBytes("/api/imports?layer=parks&name=parks.geojson", "application/octet-stream",
        UploadFixtures.demoFile("parks.geojson")).statusCode();
  }

  /** An upload of {@code plan2}'s that the others try to reach. */
  private static String othersUpload() {
    return ApiClient.parse(otherPlanner.postBytes("/api/imports?layer=parks&name=parks.geojson",
        "application/octet-stream", UploadFixtures.demoFile("parks.geojson")).body()).get("id").asText();
  }

  @Test
  void only_planners_and_admins_upload_preview_commit_and_discard_and_only_their_own_uploads() {
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    //                                          anon official planner admin
    expected.put("upload", List.of(401, 403, 201, 201));
    expected.put("preview another's", List.of(401, 403, 404, 404));
    expected.put("commit another's", List.of(401, 403, 404, 404));
    expected.put("discard another's", List.of(401, 403, 404, 404));
    String others = othersUpload();
    for (String who : WHO) {
      ApiClient client = clients.get(who);
      actual.computeIfAbsent("upload", k -> new ArrayList<>()).add(upload(client));
      actual.computeIfAbsent("preview another's", k -> new ArrayList<>()).add(
          client.post("/api/imports/" + others + "/preview", "application/json", PARKS).statusCode());
      actual.computeIfAbsent("commit another's", k -> new ArrayList<>()).add(
          client.post("/api/imports/" + others + "/commit", "application/json", PARKS).statusCode());
      actual.computeIfAbsent("discard another's", k -> new ArrayList<>()).add(
          client.delete("/api/imports/" + others).statusCode());
    }
    assertEquals(expected, actual);
    assertEquals(0, Sql.count(storage, "parks"), "nobody imported another's upload");
    assertEquals(1, Sql.count(storage, "import_uploads WHERE owner = 'plan2'"));
    assertEquals(1, Sql.count(storage, "import_uploads WHERE owner = 'plan'"));
    assertEquals(1, Sql.count(storage, "import_uploads WHERE owner = 'staff'"));
    assertEquals(0, Sql.count(storage, "import_uploads WHERE owner NOT IN ('plan', 'plan2', 'staff')"));
  }

  @Test
  void planners_and_admins_preview_commit_and_discard_their_own_uploads() {
    for (String who : List.of("planner", "admin")) {
      ApiClient client = clients.get(who);
      String first = id(client);
      var preview = client.post("/api/imports/" + first + "/preview", "application/json", PARKS);
      assertEquals(200, preview.statusCode(), who);
      JsonNode diff = ApiClient.parse(preview.body()).get("diff");
      String commit = "{\"layer\": \"parks\", \"confirm\": {\"changed\": " + diff.get("changed") + ", \"absent\": "
          + diff.get("absent") + "}}";
      assertEquals(200, client.post("/api/imports/" + first + "/commit", "application/json", commit).statusCode(), who);
      String second = id(client);
      assertEquals(204, client.delete("/api/imports/" + second).statusCode(), who);
      assertEquals(404, client.delete("/api/imports/" + second).statusCode(), who);
    }
  }

  @Test
  void a_signed_in_upload_without_the_csrf_token_is_refused_and_stores_nothing() {
    long before = Sql.count(storage, "import_uploads");
    int status = clients.get("planner").postWithoutCsrf("/api/imports?layer=parks&name=parks.geojson",
        "application/octet-stream", "{}").statusCode();
    assertEquals(403, status);
    assertEquals(before, Sql.count(storage, "import_uploads"));
  }

  private static String id(ApiClient client) {
    return ApiClient.parse(client.postBytes("/api/imports?layer=parks&name=parks.geojson", "application/octet-stream",
        UploadFixtures.demoFile("parks.geojson")).body()).get("id").asText();
  }
}
