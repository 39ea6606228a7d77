package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.catalog.Layer;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The pool retires connections (Hikari's {@code maxLifetime}, 30 minutes); writes must keep
 * working on the connections that replace them. On H2 2.4.240 a {@code CHECK (x IN (...))}
 * compiled by a closed session failed every later write with "Check constraint invalid".
 */
@Tag("database")
class RecycledConnectionsTest {

  @Test
  void every_layer_and_users_accept_writes_after_the_pool_recycled_all_connections() throws Exception {
    String url = TestDatabases.freshUrl();
    // A running portal's pool retires its connections one by one, so the database itself stays
    // open; this connection (outside the pool) stands for the ones not yet retired.
    try (Storage storage = Databases.open(url, null, null);
        Connection keeper = DriverManager.getConnection(url)) {
      Users users = new Users(storage, new PasswordHasher(4));
      writeEverything(storage, users, 1);
      for (int round = 2; round <= 4; round++) {
        recycle(storage, keeper);
        writeEverything(storage, users, round);
      }
      assertEquals(4, Sql.count(storage, "parks"));
      assertEquals(4, Sql.count(storage, "parcels"));
      assertEquals(4, Sql.count(storage, "projects"));
      assertEquals(4, Sql.count(storage, "demolition_zones"));
      assertEquals(4, Sql.count(storage, "users"));
      assertEquals(4, Sql.count(storage, "project_stage_changes"));
    }
  }

  /** Recycles the pool and waits until every session it held before has closed. */
  private static void recycle(Storage storage, Connection keeper) throws Exception {
    Set<String> before = sessions(keeper);
    for (int i = 0; i < 300; i++) {
      // again every second: a connection the pool was still adding (it fills up in the background)
      // when asked was not yet in its bag to be evicted, though it is already a session here
      if (i % 10 == 0) {
        storage.recycleConnections();
      }
      Set<String> still = sessions(keeper);
      still.retainAll(before);
      if (still.isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    fail("the pool did not close its old connections: " + sessions(keeper) + " of " + before);
  }

  /** The database's sessions other than {@code keeper}'s, each as id@start. */
  private static Set<String> sessions(Connection keeper) throws Exception {
    String sql = TestDatabases.kind().equals("postgis")
        ? "SELECT pid || '@' || backend_start FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        : "SELECT SESSION_ID || '@' || SESSION_START FROM INFORMATION_SCHEMA.SESSIONS"
            + " WHERE SESSION_ID <> SESSION_ID()";
    Set<String> sessions = new HashSet<>();
    try (Statement s = keeper.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        sessions.add(rs.getString(1));
      }
    }
    return sessions;
  }

  private static void writeEverything(Storage storage, Users users, int round) throws Exception {
    Geometry square = geometry("MULTIPOLYGON (((117 34, 117 34.01, 117.01 34.01, 117.01 34, 117 34)))");
    Geometry point = geometry("POINT (117.005 34.005)");
    write(storage, Layer.PARKS, "PK-" + round, square, Map.of("name", "园区", "level", "provincial"));
    write(storage, Layer.PARCELS, "PC-" + round, square, Map.of("land_use", "M1", "status", "listed"));
    write(storage, Layer.PROJECTS, "PJ-" + round, point,
        Map.of("name", "项目", "level", "municipal", "stage", "signed"));
    write(storage, Layer.DEMOLITION_ZONES, "DZ-" + round, square,
        Map.of("name", "片区", "township", "城关街道", "target_households", 10));
    users.add("user" + round, Role.PLANNER, null, null, "a-long-enough-password".toCharArray());
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO project_stage_changes"
          + " (project_id, stage, effective_date, recorded_by)"
          + " SELECT id, 'started', ?, 'test' FROM projects WHERE code = ?")) {
        s.setObject(1, LocalDate.of(2026, 1, round));
        s.setString(2, "PJ-" + round);
        return s.executeUpdate();
      }
    });
  }

  private static void write(Storage storage, Layer layer, String code, Geometry geometry,
      Map<String, Object> given) {
    Map<String, Object> values = new LinkedHashMap<>(given);
    Double area = layer == Layer.PROJECTS ? null : 1000.0;
    storage.inTransaction(c -> {
      try (LayerWriter writer = new LayerWriter(c, layer, storage.dialect())) {
        writer.insert(new FeatureRow(code, values, geometry, area, "EPSG:4326", "t.shp", 1, Map.of()));
        writer.flush();
      }
      return null;
    });
  }

  private static Geometry geometry(String wkt) throws Exception {
    Geometry geometry = new WKTReader().read(wkt);
    geometry.setSRID(4326);
    return geometry;
  }
}
