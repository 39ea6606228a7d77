package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Who may read and who may write what: every endpoint called as each of six visitors, and the
 * whole table of statuses compared at once, so one wrong cell shows with its neighbours.
 *
 * <p>The product rule it pins down: every township's headline figures (the map's zone colours,
 * figures, rankings, CSV) are for all staff — comparing them is what 龙虎榜 is for; a zone's or a
 * project's internals (report history with notes and reasons, stage history, tax paid, issue list,
 * milestones) are read by its own township, city-wide officials, planners and admins, and changed
 * only by its own township and city-wide officials.
 */
@Tag("database")
class RoleMatrixTest {
  private static final List<String> WHO = List.of("anonymous", "official A", "official B", "city-wide", "planner", "admin");
  private static final String PASSWORD = "role matrix password";
  private static Storage storage;
  private static RunningApp app;
  private static Map<String, ApiClient> clients;
  private static String townshipA;
  private static String zoneA;
  private static String projectA;
  private static String parkA;
  private static long lead;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    zoneA = (String) Sql.rows(storage, "SELECT z.code FROM demolition_zones z JOIN project_zones pz ON pz.zone_code = z.code"
        + " JOIN projects p ON p.id = pz.project_id AND p.township = z.township ORDER BY z.code").get(0).get("code");
    townshipA = (String) Sql.rows(storage, "SELECT township FROM demolition_zones WHERE code = ?", zoneA).get(0).get("township");
    projectA = (String) Sql.rows(storage, "SELECT p.code FROM projects p JOIN project_zones pz ON pz.project_id = p.id"
        + " WHERE pz.zone_code = ? AND p.township = ? ORDER BY p.code", zoneA, townshipA).get(0).get("code");
    parkA = (String) Sql.rows(storage, "SELECT code FROM parks ORDER BY code").get(0).get("code");
    String townshipB = (String) Sql.rows(storage, "SELECT township FROM demolition_zones WHERE township <> ? ORDER BY township",
        townshipA).get(0).get("township");
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("off.a", Role.OFFICIAL, townshipA, null, PASSWORD.toCharArray());
    users.add("off.b", Role.OFFICIAL, townshipB, null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    users.add("someone", Role.PLANNER, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    String parcel = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status = 'available' ORDER BY code").get(0).get("code");
    assertEquals(201, app.post("/api/investor/enquiries", "application/json", "{\"parcel_code\": \"" + parcel
        + "\", \"name\": \"李女士\", \"contact\": \"13800000000\", \"message\": \"能否现场看地\"}").statusCode());
    lead = ((Number) Sql.rows(storage, "SELECT MAX(id) AS id FROM enquiries").get(0).get("id")).longValue();
    clients = new LinkedHashMap<>();
    clients.put("anonymous", app.client());
    clients.put("official A", app.client().signIn("off.a", PASSWORD));
    clients.put("official B", app.client().signIn("off.b", PASSWORD));
    clients.put("city-wide", app.client().signIn("city", PASSWORD));
    clients.put("planner", app.client().signIn("planner", PASSWORD));
    clients.put("admin", app.staff());
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static List<Integer> reads(String path) {
    List<Integer> statuses = new ArrayList<>();
    for (String who : WHO) {
      statuses.add(clients.get(who).get(path).statusCode());
    }
    return statuses;
  }

  @Test
  void every_read_endpoint_answers_each_visitor_as_their_role_allows() {
    Object hidden = Sql.rows(storage, "SELECT id FROM parcels WHERE status = 'idle' ORDER BY id").get(0).get("id");
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    //                                                                anon  A    B    city plan admin
    expected.put("/ogc/collections", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/parks/items", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/parcels/items/" + hidden, List.of(404, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/projects/items", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/demolition-zones/items", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/ogc/tileMatrixSets", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/tileMatrixSets/WebMercatorQuad", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/parcels/tiles", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/parcels/tiles/WebMercatorQuad", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/parcels/tiles/WebMercatorQuad/14/6504/13530", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/projects/tiles", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/projects/tiles/WebMercatorQuad", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/projects/tiles/WebMercatorQuad/10/406/845", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/demolition-zones/tiles/WebMercatorQuad/10/406/845",
        List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/investor/parcels?limit=5", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/api/desk/zones", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/zones/" + zoneA + "/reports", List.of(401, 200, 403, 200, 200, 200));
    expected.put("/api/desk/dispatch?as_of=2026-11-16", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/projects?as_of=2026-11-16", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/lagging?as_of=2026-11-16&limit=5", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/extent?scope=city", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/townships", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/projects/" + projectA, List.of(401, 200, 403, 200, 200, 200));
    expected.put("/api/figures", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures/rankings", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures.csv", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures?scope=park:" + parkA, List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures/rankings?of=parks&period=month", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/bulletin?month=2026-11", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/bulletin.pdf?month=2026-10", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/bulletins", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/staff/enquiries", List.of(401, 403, 403, 200, 403, 200));
    expected.put("/api/leads", List.of(401, 403, 403, 200, 403, 200));
    expected.put("/api/leads/counts", List.of(401, 403, 403, 200, 403, 200));
    expected.put("/api/leads/" + lead, List.of(401, 403, 403, 200, 403, 200));
    expected.put("/api/industries", List.of(200, 200, 200, 200, 200, 200));
    String plot = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status = 'available' ORDER BY code").get(0).get("code");
    expected.put("/api/investor/context-kinds", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/api/investor/parks?q=QL&limit=2", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/api/investor/parks/extent", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/api/investor/parcels/" + plot + "/qr.svg", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ogc/collections/context-points/items", List.of(200, 200, 200, 200, 200, 200));
    // staff tiles are asked for by name; a visitor is refused, every staff role gets its own scope's tile
    expected.put("/ogc/collections/parcels/tiles/WebMercatorQuad/14/6504/13530?audience=staff",
        List.of(401, 200, 200, 200, 200, 200));
    // a zone's photos are its report history's; the map's photos are filtered to what the viewer may read
    expected.put("/api/desk/zones/" + zoneA + "/photos", List.of(401, 200, 403, 200, 200, 200));
    expected.put("/api/desk/photos?bbox=116,34,118.5,35.5", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/contest/map?as_of=2026-11-16", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/contest?quarter=2026Q3", List.of(401, 200, 200, 200, 200, 200));
    // published quarters only, for everyone alike (2026Q2 is never published here)
    expected.put("/api/public/contest?quarter=2026Q2", List.of(404, 404, 404, 404, 404, 404));
    expected.put("/api/admin/contest/settings", List.of(401, 403, 403, 403, 403, 200));
    expected.put("/api/admin/audit", List.of(401, 403, 403, 403, 403, 200));
    expected.put("/api/admin/users", List.of(401, 403, 403, 403, 403, 200));
    // probes answer for the node, not the person: the same to everyone (/metrics by address or token, not role)
    expected.put("/health", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/ready", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/metrics", List.of(200, 200, 200, 200, 200, 200));
    expected.keySet().forEach(path -> actual.put(path, reads(path)));
    assertEquals(expected, actual);
  }

  @Test
  void the_weekly_dispatch_list_holds_only_the_officials_own_township() {
    java.util.Set<String> a = new java.util.TreeSet<>();
    java.util.Set<String> b = new java.util.TreeSet<>();
    clients.get("official A").json("/api/desk/dispatch", 200).path("missing").forEach(i -> a.add(i.path("township").asText()));
    clients.get("official B").json("/api/desk/dispatch", 200).path("missing").forEach(i -> b.add(i.path("township").asText()));
    assertEquals(java.util.Set.of(townshipA), a);
    assertEquals(false, b.contains(townshipA), b.toString());
  }

  @Test
  void only_the_zones_township_and_city_wide_officials_may_file_its_report() {
    List<Integer> statuses = new ArrayList<>();
    for (String who : WHO) {
      Map<String, Object> latest = Sql.rows(storage, "SELECT r.id, r.signed_households, r.demolished_households,"
          + " r.cleared_area_m2 FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = ?"
          + " ORDER BY r.id DESC", zoneA).get(0);
      String body = "{\"report_date\": \"2026-11-20\", \"signed_households\": " + latest.get("signed_households")
          + ", \"demolished_households\": " + latest.get("demolished_households") + ", \"cleared_area_m2\": "
          + latest.get("cleared_area_m2") + ", \"based_on\": " + latest.get("id") + "}";
      statuses.add(clients.get(who).post("/api/desk/zones/" + zoneA + "/reports", "application/json", body).statusCode());
    }
    assertEquals(List.of(401, 201, 403, 201, 403, 403), statuses);
  }

  @Test
  void only_city_wide_officials_and_admins_issue_the_monthly_bulletin() {
    long before = Sql.count(storage, "bulletins");
    assertEquals(List.of(401, 403, 403, 201, 403, 201), writes(() -> "/api/bulletins", () -> "{\"month\": \"2026-10\"}"));
    assertEquals(before + 2, Sql.count(storage, "bulletins"), "one archived bulletin per accepted issue");
    Object id = Sql.rows(storage, "SELECT MAX(id) AS m FROM bulletins").get(0).get("m");
    List<Integer> downloads = new ArrayList<>();
    WHO.forEach(who -> downloads.add(clients.get(who).getBytes("/api/bulletins/" + id + "/pdf").statusCode()));
    assertEquals(List.of(401, 200, 200, 200, 200, 200), downloads);
  }

  @Test
  void only_admins_change_accounts_and_the_contest_and_only_the_leads_park_and_the_city_work_a_lead() {
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    actual.put("enable", writes(() -> "/api/admin/users/someone/enable", () -> "{}"));
    actual.put("password", writes(() -> "/api/admin/users/someone/password", () -> "{\"password\": \"a fresh role matrix passphrase\"}"));
    List<Integer> weights = new ArrayList<>();
    for (String who : WHO) {
      weights.add(clients.get(who).send("PUT", "/api/admin/contest/weights", "application/json", "{\"red\": 5}").statusCode());
    }
    actual.put("contest weights", weights);
    actual.put("contest publish", writes(() -> "/api/admin/contest/2026Q1/publish", () -> "{}"));
    actual.put("lead note", writes(() -> "/api/leads/" + lead + "/notes", () -> "{\"note\": \"role matrix\"}"));
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    //                                                  anon  A    B    city plan admin
    expected.put("enable", List.of(401, 403, 403, 403, 403, 204));
    expected.put("password", List.of(401, 403, 403, 403, 403, 204));
    expected.put("contest weights", List.of(401, 403, 403, 403, 403, 200));
    expected.put("contest publish", List.of(401, 403, 403, 403, 403, 201));
    expected.put("lead note", List.of(401, 403, 403, 201, 403, 201));
    assertEquals(expected, actual);
  }

  /** Statuses of one write per visitor; path and body are worked out afresh for each. */
  private static List<Integer> writes(Supplier<String> path, Supplier<String> body) {
    List<Integer> statuses = new ArrayList<>();
    for (String who : WHO) {
      statuses.add(clients.get(who).post(path.get(), "application/json", body.get()).statusCode());
    }
    return statuses;
  }

  /** To another stage than the current one, with a reason, so that every accepted change is valid. */
  private static String stageBody() {
    String current = (String) Sql.rows(storage, "SELECT stage FROM projects WHERE code = ?", projectA).get(0).get("stage");
    return "{\"stage\": \"" + (current.equals("planned") ? "signed" : "planned")
        + "\", \"effective_date\": \"2026-11-20\", \"reason\": \"role matrix\"}";
  }

  /** Adds an open issue to project A and answers the path that closes it. */
  private static String closeNewIssue() {
    Object max = Sql.rows(storage, "SELECT MAX(i.seq) AS m FROM project_issues i JOIN projects p ON p.id = i.project_id"
        + " WHERE p.code = ?", projectA).get(0).get("m");
    int seq = max == null ? 1 : ((Number) max).intValue() + 1;
    storage.inTransaction(c -> {
      new ProgressTables(c).addIssue(projectA, seq, "role matrix issue", LocalDate.parse("2026-11-19"), null, null, null);
      return null;
    });
    return "/api/desk/projects/" + projectA + "/issues/" + seq + "/close";
  }

  @Test
  void only_the_projects_township_and_city_wide_officials_may_update_it_and_refusals_change_nothing() {
    String base = "/api/desk/projects/" + projectA;
    long audit = Sql.count(storage, "audit_log WHERE entity = 'project'");
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    actual.put("investments", writes(() -> base + "/investments", () -> "{\"month\": \"2026-11\", \"completed_wan\": 12.5}"));
    actual.put("tax", writes(() -> base + "/tax", () -> "{\"month\": \"2026-11\", \"paid_wan\": 3.5}"));
    actual.put("stage", writes(() -> base + "/stage", RoleMatrixTest::stageBody));
    actual.put("milestones/1", writes(() -> base + "/milestones/1", () -> "{\"actual_date\": \"2026-11-19\"}"));
    actual.put("issues", writes(() -> base + "/issues", () -> "{\"description\": \"role matrix\"}"));
    actual.put("issues/{seq}/close", writes(RoleMatrixTest::closeNewIssue, () -> "{\"resolution\": \"done\"}"));
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    //                                              anon  A    B    city plan admin
    actual.keySet().forEach(k -> expected.put(k, List.of(401, 200, 403, 200, 403, 403)));
    assertEquals(expected, actual);
    assertEquals(audit + 2 * expected.size(), Sql.count(storage, "audit_log WHERE entity = 'project'"),
        "one audit entry per accepted change, none for a refused one");
  }

  /** Site photos: a project's photos are internals (read like its panel); attached and withdrawn like its updates. */
  @Test
  void photos_are_read_like_internals_and_attached_or_withdrawn_only_by_the_own_township_and_the_city() {
    String base = "/api/desk/projects/" + projectA + "/photos";
    byte[] photo = parcelatlas.photos.TestPhotos.jpeg(32, 24, null, null, null, 1);
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    List<Integer> uploads = new ArrayList<>();
    for (String who : WHO) {
      uploads.add(clients.get(who).postBytes(base, "image/jpeg", photo).statusCode());
    }
    actual.put("upload", uploads);
    String one = "/api/photos/" + clients.get("city-wide").json(base, 200).path("photos").get(0).path("id").asText();
    actual.put("list", reads(base));
    actual.put("photo", reads(one));
    actual.put("thumbnail", reads(one + "/thumbnail"));
    List<Integer> issueUploads = new ArrayList<>();
    String issue = closeNewIssue().replace("/close", "/photos");
    for (String who : WHO) {
      issueUploads.add(clients.get(who).postBytes(issue, "image/jpeg", photo).statusCode());
    }
    actual.put("upload to an issue", issueUploads);
    actual.put("withdraw", writes(() -> "/api/photos/" + ApiClient.parse(clients.get("city-wide")
        .postBytes(base, "image/jpeg", photo).body()).path("id").asText() + "/withdraw", () -> "{\"reason\": \"role matrix\"}"));
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    //                                                anon  A    B    city plan admin
    expected.put("upload", List.of(401, 201, 403, 201, 403, 403));
    expected.put("list", List.of(401, 200, 403, 200, 200, 200));
    expected.put("photo", List.of(401, 200, 403, 200, 200, 200));
    expected.put("thumbnail", List.of(401, 200, 403, 200, 200, 200));
    expected.put("upload to an issue", List.of(401, 201, 403, 201, 403, 403));
    expected.put("withdraw", List.of(401, 200, 403, 200, 403, 403));
    assertEquals(expected, actual);
  }
}
