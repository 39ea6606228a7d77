package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * Every ranked place carries its value a week and a month earlier, whichever period is chosen, on
 * {@link FigureFixture}. 甲镇's 拆除 (zones Z1 of 100 and Z2 of 50 households), by hand: on
 * 2026-06-30 Z1 70 (report of 06-29) + Z2 50 (06-22) = 120/150 = 80 %; on 06-23 Z1 40 (05-01) + Z2 50
 * = 90/150 = 60 % (week: +20 points); on 05-31 Z1 40 + Z2 nothing yet = 40/150 = 26.7 % (month:
 * +53.3 points).
 */
@Tag("database")
class RankingChangesApiTest {
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static JsonNode jia(String period) {
    JsonNode places = staff.json("/api/figures/rankings?as_of=2026-06-30&period=" + period, 200).get("rankings")
        .get("demolished_pct");
    for (JsonNode p : places) {
      if (p.get("name").asText().equals("甲镇")) {
        return p;
      }
    }
    throw new AssertionError("甲镇 is not ranked: " + places);
  }

  @Test
  void the_week_and_the_month_change_equal_a_hand_computation_whatever_the_period() {
    for (String period : new String[] {"week", "month"}) {
      JsonNode p = jia(period);
      assertEquals(80.0, p.get("value").asDouble(), 0.05, period);
      assertEquals(60.0, p.get("weekValue").asDouble(), 0.05, period);
      assertEquals(40 * 100.0 / 150, p.get("monthValue").asDouble(), 0.05, period);
      assertEquals(1, p.get("weekRank").asInt());
      assertEquals(1, p.get("monthRank").asInt());
    }
    assertEquals(60.0, jia("week").get("previousValue").asDouble(), 0.05, "the period's own comparison is the week's");
    assertEquals(40 * 100.0 / 150, jia("month").get("previousValue").asDouble(), 0.05);
  }
}
