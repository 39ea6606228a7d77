package parcelatlas.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.PostgresCluster;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The portal over a PostgreSQL primary and its streaming hot standby ({@code db.replica.url}).
 * With the standby's replay paused, a change on the primary is what staff read and not yet what an
 * anonymous visitor reads (the standby); anonymous requests that write (the per-client work slots
 * of a search, an enquiry) still succeed, on the primary; once replay resumes the visitor sees the
 * change; with the standby stopped, anonymous reads fall back to the primary.
 */
@Tag("database")
@Tag("slow")
class ReplicaReadsTest {
  private static final String PARKS = "/ogc/collections/parks/items?limit=100";
  private static final String RENAMED = "（复核更名）";

  @Test
  void anonymous_reads_use_the_replica_and_staff_read_their_own_writes() throws Exception {
    assumeTrue(TestDatabases.kind().equals("postgis"), "a streaming replica needs PostgreSQL");
    PostgresCluster primary = PostgresCluster.startAnother();
    PostgresCluster standby = null;
    try {
      String url = primary.createDatabase("atlas");
      try (Storage storage = Databases.open(url, null, null)) {
        DemoLoader.load(storage, new PrintWriter(new StringWriter()));
        RunningApp.withStaff(storage);
      }
      standby = primary.startStandby();
      try (Storage storage = Databases.openWithReplica(url, standby.url("atlas"), null, null);
          RunningApp app = new RunningApp(storage)) {
        ApiClient visitor = app.client();
        ApiClient staff = app.staff();
        String park = (String) Sql.rows(storage, "SELECT code FROM parks ORDER BY code").get(0).get("code");
        String parcel = (String) Sql.rows(storage,
            "SELECT code FROM parcels WHERE status IN ('available', 'listed') ORDER BY code").get(0).get("code");

        replay(standby, "pg_wal_replay_pause()");
        storage.inTransaction(c -> {
          try (PreparedStatement s = c.prepareStatement("UPDATE parks SET name = name || ? WHERE code = ?")) {
            s.setString(1, RENAMED);
            s.setString(2, park);
            return s.executeUpdate();
          }
        });
        assertTrue(ok(staff.get(PARKS)).contains(RENAMED), "staff read their own writes (primary)");
        assertFalse(ok(visitor.get(PARKS)).contains(RENAMED), "the visitor reads the paused replica");
        ok(visitor.get("/api/investor/parcels?park=" + park)); // takes and gives back a work slot: writes
        HttpResponse<String> enquiry = visitor.post("/api/investor/enquiries", "application/json",
            "{\"parcel_code\": \"" + parcel + "\", \"name\": \"李女士\", \"contact\": \"li@example.com\","
                + " \"message\": \"请介绍该地块的供水情况\"}");
        assertEquals(201, enquiry.statusCode(), enquiry.body());

        replay(standby, "pg_wal_replay_resume()");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!ok(visitor.get(PARKS)).contains(RENAMED)) {
          assertTrue(Instant.now().isBefore(deadline), "the replica never caught up");
          Thread.sleep(100);
        }

        standby.close();
        standby = null;
        Thread.sleep(1_000); // past the pool's 0.5 s trust in a recently used connection: it checks, finds it dead
        assertTrue(ok(visitor.get(PARKS)).contains(RENAMED), "with the replica gone, the primary answers");
      }
    } finally {
      if (standby != null) {
        standby.close();
      }
      primary.close();
    }
  }

  private static String ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  /** Runs a replay control function on the standby, once it has replayed what the primary wrote so far. */
  private static void replay(PostgresCluster standby, String function) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(standby.url("atlas"));
        java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + function)) {
      rs.next();
    }
  }
}
