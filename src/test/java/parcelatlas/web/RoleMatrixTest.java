package parcelatlas.web;

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
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Who may read and who may write what: every endpoint called as each of six visitors, and the
 * whole table of statuses compared at once, so one wrong cell shows with its neighbours.
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

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    zoneA = (String) Sql.rows(storage, "SELECT z.code FROM demolition_zones z JOIN project_zones pz ON pz.zone_code = z.code"
        + " JOIN projects p ON p.id = pz.project_id AND p.township = z.township ORDER BY z.code").get(0).get("code");
    townshipA = (String) Sql.rows(storage, "SELECT township FROM demolition_zones WHERE code = ?", zoneA).get(0).get("township");
    projectA = (String) Sql.rows(storage, "SELECT p.code FROM projects p JOIN project_zones pz ON pz.project_id = p.id"
        + " WHERE pz.zone_code = ? AND p.township = ? ORDER BY p.code", zoneA, townshipA).get(0).get("code");
    String townshipB = (String) Sql.rows(storage, "SELECT township FROM demolition_zones WHERE township <> ? ORDER BY township",
        townshipA).get(0).get("township");
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("off.a", Role.OFFICIAL, townshipA, null, PASSWORD.toCharArray());
    users.add("off.b", Role.OFFICIAL, townshipB, null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
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
    expected.put("/api/investor/parcels?limit=5", List.of(200, 200, 200, 200, 200, 200));
    expected.put("/api/desk/zones", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/desk/zones/" + zoneA + "/reports", List.of(401, 200, 403, 200, 200, 200));
    expected.put("/api/desk/projects/" + projectA, List.of(401, 200, 403, 200, 200, 200));
    expected.put("/api/figures", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures/rankings", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/figures.csv", List.of(401, 200, 200, 200, 200, 200));
    expected.put("/api/staff/enquiries", List.of(401, 403, 403, 200, 403, 200));
    expected.put("/api/admin/audit", List.of(401, 403, 403, 403, 403, 200));
    expected.put("/api/admin/users", List.of(401, 403, 403, 403, 403, 200));
    expected.keySet().forEach(path -> actual.put(path, reads(path)));
    assertEquals(expected, actual);
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
}
