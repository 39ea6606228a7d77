package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A township official trying to poison the figures (issue 9, item 5): every amount, month and day
 * sent through the desk outside its plausible range is refused with 400 naming the field and the
 * range, nothing is stored, and the rankings do not move; absurd values already stored do not
 * count. On {@link FigureFixture}, whose 甲镇 project X1 has a total investment of 5000 万元.
 */
@Tag("database")
class PoisonedFiguresTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "poisoned figures password";
  private static final List<String> TABLES = List.of("audit_log", "project_investments", "project_taxes",
      "project_stage_changes", "project_milestones", "demolition_reports");
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    storage.inTransaction(c -> {
      new ProgressTables(c).addMilestone("X1", 1, "主体封顶", LocalDate.parse("2026-10-01"), null);
      return null;
    });
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, Sql.count(storage, t)));
    return counts;
  }

  private static String rankings() {
    return app.staff().get("/api/figures/rankings?period=month").body()
        + app.staff().get("/api/figures/rankings?period=month&of=parks").body()
        + app.staff().get("/api/figures?scope=city").body();
  }

  @Test
  void poisoned_amounts_months_and_days_are_refused_naming_the_field_and_range_and_change_nothing() {
    long z2Latest = ((Number) Sql.rows(storage, "SELECT MAX(r.id) AS id FROM demolition_reports r"
        + " JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = 'Z2'").get(0).get("id")).longValue();
    String x1 = "/api/desk/projects/X1";
    String z2 = "/api/desk/zones/Z2/reports";
    // {path, body, words the message must hold}
    List<String[]> poisoned = List.of(
        new String[] {x1 + "/investments", "{\"month\": \"2026-11\", \"completed_wan\": 1e400}", "completed_wan", "10000000"},
        new String[] {x1 + "/investments", "{\"month\": \"2026-11\", \"completed_wan\": 123456789012345678901234567890}",
            "completed_wan", "10000000"},
        new String[] {x1 + "/investments", "{\"month\": \"2026-11\", \"completed_wan\": -1}", "completed_wan", "from 0"},
        new String[] {x1 + "/investments", "{\"month\": \"2026-11\", \"completed_wan\": 5000.5}", "completed_wan", "5000"},
        new String[] {x1 + "/investments", "{\"month\": \"0000-01\", \"completed_wan\": 1}", "month", "2000-01"},
        new String[] {x1 + "/tax", "{\"month\": \"2026-10\", \"paid_wan\": 1e20}", "paid_wan", "1000000"},
        new String[] {x1 + "/tax", "{\"month\": \"2026-10\", \"paid_wan\": 1e400}", "paid_wan", "1000000"},
        new String[] {x1 + "/tax", "{\"month\": \"2026-10\", \"paid_wan\": 6000}", "paid_wan", "5000"},
        new String[] {x1 + "/tax", "{\"month\": \"0000-01\", \"paid_wan\": 1}", "month", "2000-01"},
        new String[] {x1 + "/tax", "{\"month\": \"1999-12\", \"paid_wan\": 1}", "month", "2000-01"},
        new String[] {x1 + "/tax", "{\"month\": \"2026-12\", \"paid_wan\": 1}", "month", "2026-11"},
        new String[] {x1 + "/stage", "{\"stage\": \"completed\", \"effective_date\": \"0000-01-01\"}", "effective_date",
            "2000-01-01"},
        new String[] {x1 + "/milestones/1", "{\"actual_date\": \"0001-01-01\"}", "actual_date", "2000-01-01"},
        new String[] {x1 + "/milestones/1", "{\"actual_date\": \"2026-11-21\"}", "actual_date", "2026-11-20"},
        new String[] {z2, report("0000-01-01", "50", "50", "5000", z2Latest), "report_date", "2000-01-01"},
        new String[] {z2, report("2026-11-20", "50", "50", "1e400", z2Latest), "cleared_area_m2", "100000000"},
        new String[] {z2, report("2026-11-20", "50", "50", "5001", z2Latest), "cleared_area_m2", "5000"},
        new String[] {z2, report("2026-11-20", "1e20", "50", "5000", z2Latest), "signed_households", "100000"},
        new String[] {z2, report("2026-11-20", "51", "50", "5000", z2Latest), "signed_households", "50"});
    Map<String, Long> before = counts();
    String rankings = rankings();
    ApiClient official = app.client().signIn("jia", PASSWORD);
    for (String[] p : poisoned) {
      HttpResponse<String> r = official.post(p[0], JSON, p[1]);
      assertEquals(400, r.statusCode(), p[1] + " → " + r.body());
      for (int i = 2; i < p.length; i++) {
        assertTrue(r.body().contains(p[i]), p[1] + ": '" + p[i] + "' in " + r.body());
      }
    }
    assertEquals(before, counts(), "a refused request stores nothing and audits nothing");
    assertEquals(rankings, rankings(), "the rankings and the city's figures do not move");
    HttpResponse<String> honest = official.post(x1 + "/tax", JSON, "{\"month\": \"2026-10\", \"paid_wan\": 5000}");
    assertEquals(200, honest.statusCode(), "the range's edge is accepted: " + honest.body());
  }

  @Test
  void absurd_amounts_already_stored_are_not_counted_in_the_figures() {
    LocalDate day = LocalDate.parse("2026-06-30");
    FigureService service = new FigureService(storage);
    Figures clean = service.figures(Scope.parse("township:乙镇"), day);
    storage.inTransaction(c -> {
      ProgressTables t = new ProgressTables(c);
      t.addTax("X3", LocalDate.parse("2026-02-01"), Double.POSITIVE_INFINITY);
      t.addTax("X3", LocalDate.parse("2026-03-01"), 1e20);
      t.addInvestment("X3", LocalDate.parse("2026-03-01"), Double.POSITIVE_INFINITY);
      t.addInvestment("X3", LocalDate.parse("2026-04-01"), 1e300);
      t.addReport("Z3", LocalDate.parse("2026-06-20"), 10, 0, Double.POSITIVE_INFINITY, null, "test");
      return null;
    });
    Figures poisoned = service.figures(Scope.parse("township:乙镇"), day);
    assertEquals(clean.taxPaidWan(), poisoned.taxPaidWan());
    assertEquals(clean.taxWanPerMu(), poisoned.taxWanPerMu());
    assertEquals(clean.completedInvestmentWan(), poisoned.completedInvestmentWan());
    assertEquals(clean.investmentRatePct(), poisoned.investmentRatePct());
    assertEquals(0.0, poisoned.clearedPct(), "an infinite cleared area counts as none");
    com.fasterxml.jackson.databind.JsonNode taxes = app.staff().json("/api/desk/projects/X3?as_of=2026-06-30", 200)
        .get("taxes");
    assertEquals(90.0, taxes.get(taxes.size() - 1).get("cumulativeWan").asDouble(),
        "the panel shows the absurd months but does not add them: " + taxes);
  }

  private static String report(String date, String signed, String demolished, String cleared, long basedOn) {
    return "{\"report_date\": \"" + date + "\", \"signed_households\": " + signed + ", \"demolished_households\": "
        + demolished + ", \"cleared_area_m2\": " + cleared + ", \"based_on\": " + basedOn + "}";
  }
}
