package parcelatlas.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * On PostgreSQL the work slot's take and release, repeated on one connection, run on a plan made
 * once for every value (a generic plan), not planned again at each execution: the take was
 * re-planned every time while its numbers came from a function of a parameter, which the planner
 * guesses at 1,000 rows (about half of the server's work for a slot).
 */
@org.junit.jupiter.api.Tag("database")
class SlotPlansTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Databases.open(TestDatabases.freshUrl(), null, null);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void take_and_release_are_planned_once_for_every_value_on_postgresql() {
    assumeTrue("postgis".equals(storage.dialect().name()));
    WorkSlots slots = new WorkSlots(storage, RunningApp.CLOCK, 3, Duration.ofMinutes(10));
    Map<String, long[]> plans = storage.autocommit(c -> {
      for (int i = 0; i < 30; i++) {
        String token = UUID.randomUUID().toString();
        assertEquals(WorkSlots.Take.TAKEN, slots.take(c, "client-" + (i % 4), token));
        assertEquals(1, slots.release(c, new WorkSlots.Slot("client-" + (i % 4), token)));
      }
      Map<String, long[]> byStatement = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT split_part(statement, ' ', 1), generic_plans, custom_plans"
          + " FROM pg_prepared_statements WHERE statement LIKE '%work_slots%' ORDER BY 1");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          byStatement.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
        }
      }
      return byStatement;
    });
    assertEquals(java.util.Set.of("INSERT", "DELETE"), plans.keySet(), "both prepared on the server");
    for (Map.Entry<String, long[]> e : plans.entrySet()) {
      long generic = e.getValue()[0];
      long custom = e.getValue()[1];
      // PostgreSQL plans the first five executions for their values, then keeps a generic plan if it is no dearer
      assertTrue(generic >= 10 && custom <= 5,
          e.getKey() + ": " + generic + " generic plans, " + custom + " custom plans");
    }
  }
}
