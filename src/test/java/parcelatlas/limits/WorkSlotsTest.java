package parcelatlas.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Work slots seen from two app nodes (two pools on one database): the limit holds across them,
 * concurrent takes of one client never exceed it, expired slots free, and on PostgreSQL the slot
 * statements alone commit asynchronously.
 */
@Tag("database")
class WorkSlotsTest {
  private static final Duration EXPIRY = Duration.ofMinutes(10);
  private static String url;
  private static Storage nodeA;
  private static Storage nodeB;

  @BeforeAll
  static void open() {
    url = TestDatabases.freshUrl();
    nodeA = Databases.open(url, null, null);
    nodeB = Databases.open(url, null, null);
  }

  @AfterAll
  static void close() {
    nodeA.close();
    nodeB.close();
  }

  @AfterEach
  void freeSlots() {
    nodeA.autocommit(c -> c.createStatement().executeUpdate("DELETE FROM work_slots"));
  }

  @Test
  void a_per_client_limit_out_of_range_is_refused_at_start_naming_the_setting() {
    for (int limit : new int[] {0, 101, 100_000}) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new WorkSlots(nodeA, RunningApp.CLOCK, limit, EXPIRY));
      assertTrue(e.getMessage().contains("work.limit.per.client is " + limit), e.getMessage());
    }
    assertEquals(100, new WorkSlots(nodeA, RunningApp.CLOCK, 100, EXPIRY).perClient());
  }

  @Test
  void the_limit_holds_across_two_nodes_and_a_released_slot_is_free_on_the_other() {
    WorkSlots a = new WorkSlots(nodeA, RunningApp.CLOCK, 2, EXPIRY);
    WorkSlots b = new WorkSlots(nodeB, RunningApp.CLOCK, 2, EXPIRY);
    WorkSlots.Slot first = a.acquire("client").orElseThrow();
    b.acquire("client").orElseThrow();
    assertTrue(a.acquire("client").isEmpty(), "both slots are held, one on each node");
    assertTrue(b.acquire("client").isEmpty());
    assertTrue(b.acquire("another client").isPresent(), "other clients have slots of their own");
    a.release(first);
    assertTrue(b.acquire("client").isPresent(), "node B takes the slot node A gave back");
    assertEquals(3, Sql.count(nodeA, "work_slots"));
  }

  @Test
  void concurrent_requests_of_one_client_on_two_nodes_get_exactly_the_limit() throws Exception {
    int limit = 6;
    WorkSlots a = new WorkSlots(nodeA, RunningApp.CLOCK, limit, EXPIRY);
    WorkSlots b = new WorkSlots(nodeB, RunningApp.CLOCK, limit, EXPIRY);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Optional<WorkSlots.Slot>>> takes = new ArrayList<>();
      for (int i = 0; i < 2 * limit; i++) {
        WorkSlots node = i % 2 == 0 ? a : b;
        takes.add(() -> node.acquire("busy client"));
      }
      int taken = 0;
      for (Future<Optional<WorkSlots.Slot>> f : threads.invokeAll(takes)) {
        taken += f.get().isPresent() ? 1 : 0;
      }
      assertEquals(limit, taken, "neither fewer (a lost race is tried again) nor more than the limit");
      assertEquals(limit, Sql.count(nodeA, "work_slots"));
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Many requests of one client racing for two slots on two nodes, round after round: no take
   * throws, at most two hold a slot at any moment, and (on PostgreSQL) the server logs no
   * duplicate-key error for a lost race, which before ON CONFLICT DO NOTHING it did for each one.
   */
  @Test
  void racing_takes_raise_no_error_in_the_server_log_and_the_limit_holds() throws Exception {
    int limit = 2;
    java.nio.file.Path log = serverLog();
    long logBefore = log == null ? 0 : java.nio.file.Files.size(log);
    WorkSlots a = new WorkSlots(nodeA, RunningApp.CLOCK, limit, EXPIRY);
    WorkSlots b = new WorkSlots(nodeB, RunningApp.CLOCK, limit, EXPIRY);
    java.util.concurrent.atomic.AtomicInteger holding = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> workers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        WorkSlots node = i % 2 == 0 ? a : b;
        workers.add(() -> {
          for (int round = 0; round < 40; round++) {
            Optional<WorkSlots.Slot> slot = node.acquire("racing client");
            if (slot.isPresent()) {
              taken.incrementAndGet();
              most.accumulateAndGet(holding.incrementAndGet(), Math::max);
              Thread.onSpinWait();
              holding.decrementAndGet();
              node.release(slot.get());
            }
          }
          return null;
        });
      }
      for (Future<Void> f : threads.invokeAll(workers)) {
        f.get(); // a take that threw fails here
      }
    } finally {
      threads.shutdownNow();
    }
    assertTrue(most.get() <= limit, "at most " + limit + " held at once, saw " + most.get());
    assertTrue(taken.get() > 0, "some takes succeeded");
    assertEquals(0, Sql.count(nodeA, "work_slots"), "every slot given back");
    if (log != null) {
      String added;
      try (var in = java.nio.file.Files.newInputStream(log)) {
        in.skipNBytes(logBefore);
        added = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      assertTrue(added.lines().noneMatch(l -> l.contains("work_slots_pkey") || l.contains("duplicate key")),
          "the server logged errors for the slot races:\n" + added);
    }
  }

  /** The PostgreSQL test cluster's log (pg_ctl -l server.log in its data directory), or null on H2. */
  private static java.nio.file.Path serverLog() {
    if (!"postgis".equals(nodeA.dialect().name())) {
      return null;
    }
    String dir = modes("SHOW data_directory").get(0);
    java.nio.file.Path log = java.nio.file.Path.of(dir, "server.log");
    assertTrue(java.nio.file.Files.isReadable(log), "the test cluster's log " + log);
    return log;
  }

  @Test
  void slots_left_expired_by_a_node_that_died_are_taken_again() {
    WorkSlots a = new WorkSlots(nodeA, RunningApp.CLOCK, 2, EXPIRY);
    WorkSlots dead = new WorkSlots(nodeB, RunningApp.CLOCK, 2, Duration.ofSeconds(-1));
    dead.acquire("client").orElseThrow();
    dead.acquire("client").orElseThrow();
    dead.acquire("someone else").orElseThrow();
    assertTrue(a.acquire("client").isPresent(), "an expired slot is free");
    assertTrue(a.acquire("client").isPresent());
    assertTrue(a.acquire("client").isEmpty());
    assertEquals(2, Sql.count(nodeA, "work_slots"), "the sweep took every client's expired slots");
  }

  @Test
  void on_postgresql_the_slot_statements_commit_asynchronously_and_nothing_else_does() {
    assumeTrue("postgis".equals(nodeA.dialect().name()));
    // the test cluster runs with synchronous_commit = off; this database goes back to the default
    nodeA.autocommit(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("ALTER DATABASE " + url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "")
            + " SET synchronous_commit = on");
        s.execute("CREATE TABLE slot_commit_modes (op TEXT, mode TEXT)");
        s.execute("CREATE FUNCTION note_commit_mode() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " INSERT INTO slot_commit_modes VALUES (TG_OP, current_setting('synchronous_commit'));"
            + " RETURN NULL; END $$");
        s.execute("CREATE TRIGGER note_commit_mode AFTER INSERT OR DELETE ON work_slots"
            + " FOR EACH ROW EXECUTE FUNCTION note_commit_mode()");
      }
      return null;
    });
    try {
      nodeA.recycleConnections();
      WorkSlots slots = new WorkSlots(nodeA, RunningApp.CLOCK, 3, EXPIRY);
      slots.release(slots.acquire("client").orElseThrow());
      assertEquals(List.of("INSERT off", "DELETE off"), modes("SELECT op || ' ' || mode FROM slot_commit_modes"));
      assertEquals(List.of("on"), modes("SHOW synchronous_commit"), "the pooled connection is as before");
    } finally {
      nodeA.autocommit(c -> c.createStatement().executeUpdate(
          "DROP TRIGGER note_commit_mode ON work_slots; DROP TABLE slot_commit_modes"));
    }
  }

  private static List<String> modes(String sql) {
    return nodeA.autocommit(c -> {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
      return rows;
    });
  }

}
