package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ScaledDemoData;

/**
 * The set-based weekly dispatch gives the answers of the row-by-row one it replaced
 * ({@link WeeklyDispatchOracle}) on a scaled demo city (3 times; {@code -Ddispatch.scale=N} for
 * another, which also prints both timings), with project updates written around the weeks'
 * edges: for the city, townships, a park and a planner, on several days and pages.
 */
@Tag("database")
class WeeklyDispatchScaleTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);
  private static Storage storage;
  private static final List<User> VIEWERS = new ArrayList<>();

  @BeforeAll
  static void load() {
    storage = ScaledDemoData.loaded(Integer.getInteger("dispatch.scale", 3));
    storage.inTransaction(c -> {
      List<String> codes = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT code FROM projects WHERE level IS NOT NULL ORDER BY id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key) VALUES (?, 'test', ?, ?, ?)")) {
        for (int i = 0; i < codes.size(); i++) {
          if (i % 4 == 3) {
            continue; // never updated
          }
          // every hour of 60 days before AS_OF, and the first and last moments of weeks
          OffsetDateTime at = i % 10 == 0 ? AS_OF.minusDays(7L * (i % 7)).atStartOfDay(SHANGHAI).toOffsetDateTime()
              : i % 10 == 1 ? AS_OF.minusDays(7L * (i % 7) - 1).atStartOfDay(SHANGHAI).toOffsetDateTime().minusNanos(1000)
              : AS_OF.plusDays(5).atStartOfDay(SHANGHAI).toOffsetDateTime().minusHours(i * 37L % (60 * 24));
          String action = i % 5 == 2 ? "import" : i % 3 == 0 ? "update stage" : "update investment";
          add(s, at, action, i % 6 == 5 ? "zone" : "project", codes.get(i));
          add(s, at.minusDays(9), "update tax", "project", codes.get(i));
        }
      }
      return null;
    });
    VIEWERS.add(new User(1, "city", "city", Role.OFFICIAL, null, null, false));
    VIEWERS.add(new User(2, "planner", "planner", Role.PLANNER, null, null, false));
    storage.read(c -> {
      for (String sql : List.of("SELECT MIN(township) FROM demolition_zones", "SELECT MAX(township) FROM projects")) {
        VIEWERS.add(new User(3, "town", "town", Role.OFFICIAL, one(c, sql), null, false));
      }
      VIEWERS.add(new User(4, "park", "park", Role.OFFICIAL, null, one(c, "SELECT MIN(park_code) FROM projects"), false));
      return null;
    });
  }

  private static String one(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void add(PreparedStatement s, OffsetDateTime at, String action, String entity, String key)
      throws java.sql.SQLException {
    s.setObject(1, at);
    s.setString(2, action);
    s.setString(3, entity);
    s.setString(4, key);
    s.executeUpdate();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_viewer_day_and_page_gets_the_answer_of_the_row_by_row_dispatch() {
    Clock clock = Clock.system(SHANGHAI);
    WeeklyDispatch now = new WeeklyDispatch(storage, clock, DayOfWeek.MONDAY);
    WeeklyDispatchOracle before = new WeeklyDispatchOracle(storage, clock, DayOfWeek.MONDAY);
    int compared = 0;
    for (LocalDate day : List.of(AS_OF, AS_OF.minusDays(6), AS_OF.minusDays(30), AS_OF.plusDays(3), LocalDate.of(2026, 3, 4))) {
      for (User viewer : VIEWERS) {
        DispatchList all = before.missing(viewer, day, 0, WeeklyDispatch.MAX_LIMIT);
        int n = all.numberMissing();
        for (int offset : List.of(0, n / 2, Math.max(0, n - 7), n + 5)) {
          DispatchList expected = offset == 0 ? all : before.missing(viewer, day, offset, WeeklyDispatch.MAX_LIMIT);
          assertEquals(expected, now.missing(viewer, day, offset, WeeklyDispatch.MAX_LIMIT),
              viewer.username() + " " + viewer.scopeTownship() + " " + viewer.scopeParkCode() + " " + day + " @" + offset);
          compared += expected.missing().size();
        }
      }
    }
    assertTrue(compared > 1000, "compared only " + compared + " items");
    if (System.getProperty("dispatch.scale") != null) {
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        before.missing(VIEWERS.get(0), AS_OF, 0, 200);
        long t1 = System.nanoTime();
        now.missing(VIEWERS.get(0), AS_OF, 0, 200);
        long t2 = System.nanoTime();
        System.out.printf("dispatch city-wide: row by row %d ms, set-based %d ms%n", (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000);
      }
    }
  }
}
