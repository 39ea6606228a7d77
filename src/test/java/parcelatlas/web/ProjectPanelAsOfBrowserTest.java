package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The desk's panels as they stood on a past day, in Chromium: stepping back, the project panel's
 * amounts, milestones and issues become that day's; the zone panel's waiting projects show their
 * stage of the day; an official of another township gets the project's headline summary, and the
 * page never asks for the internals the server would refuse.
 */
class ProjectPanelAsOfBrowserTest {
  private static final String PASSWORD = "panel as of password";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  /** A project with investment in a month between February and October 2026: code, township. */
  private static Map<String, Object> project;

  @BeforeAll
  static void start() {
    project = Sql.rows(city.storage(), "SELECT p.code, p.township FROM projects p WHERE p.planned_investment_year_wan > 0"
        + " AND EXISTS (SELECT 1 FROM project_investments i WHERE i.project_id = p.id AND i.completed_wan > 0"
        + " AND i.month_start >= DATE '2026-02-01' AND i.month_start <= DATE '2026-10-01')"
        + " AND EXISTS (SELECT 1 FROM project_issues i WHERE i.project_id = p.id) ORDER BY p.code").get(0);
    String township = (String) project.get("township");
    String other = (String) Sql.rows(city.storage(), "SELECT township FROM projects WHERE township <> ? ORDER BY township",
        township).get(0).get("township");
    Users users = new Users(city.storage(), new PasswordHasher(4));
    users.add("owner", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
    users.add("stranger", Role.OFFICIAL, other, null, PASSWORD.toCharArray());
  }

  @Test
  void an_official_of_another_township_sees_the_summary_of_the_day_without_asking_for_internals() {
    String code = (String) project.get("code");
    Map<String, Object> facts = Sql.rows(city.storage(), "SELECT p.name, p.leader, p.responsible_unit, p.township, p.park_code"
        + " FROM projects p WHERE p.code = ?", code).get(0);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "stranger", PASSWORD, "/desk.html?as_of=2026-03-02&project=" + code);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      String panel = "[data-testid=project-panel]";
      assertEquals("summary", browser.attr(panel, "data-state"), "a summary, not an error");
      assertEquals(stageOn("2026-03-02", code), browser.attr(panel, "data-stage"));
      String summary = browser.textOf(panel + " [data-testid=project-summary]", Duration.ofSeconds(2));
      for (String field : List.of("leader", "responsible_unit", "township", "park_code")) {
        assertTrue(summary.contains(String.valueOf(facts.get(field))), field + " in " + summary);
      }
      assertTrue(browser.textOf(panel + " h2", Duration.ofSeconds(1)).contains((String) facts.get("name")));
      assertTrue(summary.contains("2026-03-02 时阶段"), summary);
      assertTrue(browser.textOf(panel + " [data-testid=project-summary-note]", Duration.ofSeconds(1))
          .contains((String) facts.get("township")));
      assertFalse(ProjectPanelBrowserTest.hasForms(browser), "no forms for another township");
      assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll("
          + "'[data-testid=project-panel] :is([data-testid=issue-list], [data-testid=milestone-table],"
          + " [data-testid=stage-history], [data-testid=investment-chart])').length"));
      browser.screenshot("desk-project-summary-other-township");
      browser.await("window.desk.setAsOf('2026-11-20')");
      assertEquals("summary", browser.attr(panel, "data-state"));
      assertEquals(stageOn("2026-11-20", code), browser.attr(panel, "data-stage"), "the summary follows the day");
      browser.await("window.desk.setLang('en')");
      assertTrue(browser.textOf(panel + " [data-testid=project-summary]", Duration.ofSeconds(2)).contains("Stage on 2026-11-20"));
      assertEquals(0L, browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".filter((e) => e.name.includes('/api/desk/projects/' + arguments[0])).length", code),
          "the refused internals are never requested");
    }
  }

  /** The project's stage on the day, from the desk map's endpoint. */
  private static String stageOn(String day, String code) {
    for (JsonNode p : city.app().staff().json("/api/desk/projects?as_of=" + day, 200).get("projects")) {
      if (p.get("code").asText().equals(code)) {
        return p.get("stage").asText();
      }
    }
    throw new AssertionError("no project " + code);
  }

  /** The {@code data-*} attribute {@code name} of every element matching css, in document order. */
  @SuppressWarnings("unchecked")
  private static List<String> attrs(Browser b, String css, String name) {
    return (List<String>) b.driver().executeScript("return [...document.querySelectorAll(arguments[0])]"
        + ".map((e) => e.getAttribute(arguments[1]))", css, name);
  }

  @Test
  void stepping_back_to_a_past_day_the_panel_shows_that_days_amounts_milestones_and_issues() {
    String code = (String) project.get("code");
    Map<String, Object> last = Sql.rows(city.storage(), "SELECT MAX(i.month_start) AS m FROM project_investments i JOIN projects p"
        + " ON p.id = i.project_id WHERE p.code = ? AND i.completed_wan > 0 AND i.month_start >= DATE '2026-02-01'"
        + " AND i.month_start <= DATE '2026-10-01'", code).get(0);
    String day = java.time.LocalDate.parse(String.valueOf(last.get("m")).substring(0, 10)).minusDays(1).toString();
    String panel = "[data-testid=project-panel]";
    String investment = panel + " .facts dd[data-key=investment-year]";
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "owner", PASSWORD, "/desk.html?as_of=2026-11-20&project=" + code);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      String now = browser.textOf(investment, Duration.ofSeconds(5));
      assertTrue(ProjectPanelBrowserTest.hasForms(browser), "today's panel offers the township its forms");
      browser.await("window.desk.setAsOf('" + day + "')");
      assertFalse(ProjectPanelBrowserTest.hasForms(browser), "a past day's panel is for reading");
      assertFalse(browser.textOf(panel, Duration.ofSeconds(2)).contains("null"), "no absent form written as text");
      JsonNode then = city.app().client().signIn("owner", PASSWORD).json("/api/desk/projects/" + code + "?as_of=" + day, 200);
      String past = browser.textOf(investment, Duration.ofSeconds(5));
      assertNotEquals(now, past, "a month of investment after " + day + " is no longer counted");
      JsonNode months = then.get("investment");
      double cumulative = months.get(months.size() - 1).get("cumulativeWan").asDouble();
      assertEquals(cumulative, Double.parseDouble(past.replaceAll("[^0-9.]", "")), 0.05, past);
      assertEquals(String.valueOf(months.size()), browser.attr(panel + " [data-testid=investment-chart]", "data-months"));
      assertTrue(browser.textOf(panel + " [data-testid=project-as-of]", Duration.ofSeconds(1)).contains(day));
      List<String> late = new java.util.ArrayList<>();
      then.get("milestones").forEach(m -> late.add(m.get("late").asText()));
      assertEquals(late, attrs(browser, panel + " [data-testid=milestone-row]", "data-late"), "late as of " + day);
      List<String> closed = new java.util.ArrayList<>();
      then.get("issues").forEach(i -> closed.add(String.valueOf(!i.get("closedOn").isNull())));
      assertEquals(closed, attrs(browser, panel + " [data-testid=issue-row]", "data-closed"), "issues as of " + day);
      browser.screenshot("desk-project-amounts-as-of-" + day);
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=project-to-today]")).click();
      browser.await("window.desk.idle()");
      assertEquals("2026-11-20", browser.driver().executeScript("return window.desk.state().asOf"), "the app's today");
      assertEquals(now, browser.textOf(investment, Duration.ofSeconds(5)), "back to today's amounts");
      assertTrue(ProjectPanelBrowserTest.hasForms(browser), "and to the forms");
    }
  }

  @Test
  void the_zone_panel_lists_waiting_projects_with_their_stage_of_the_day() {
    Map<String, Object> waiting = null;
    for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT p.code, p.stage, pz.zone_code FROM projects p"
        + " JOIN project_zones pz ON pz.project_id = p.id ORDER BY p.code, pz.zone_code")) {
      if (waiting == null && !stageOn("2026-03-02", (String) row.get("code")).equals(row.get("stage"))) {
        waiting = row;
      }
    }
    assertTrue(waiting != null, "a project waiting on a zone whose stage changed since 2026-03-02");
    String item = "[data-testid=waiting-project][data-code='" + waiting.get("code") + "']";
    try (Browser browser = Browser.desktop()) {
      city.staffOn(browser, "/desk.html?as_of=2026-03-02&zone=" + waiting.get("zone_code"), Duration.ofSeconds(60), "window.desk.ready");
      assertEquals(stageOn("2026-03-02", (String) waiting.get("code")), browser.attr(item, "data-stage"));
      assertTrue(browser.textOf(item, Duration.ofSeconds(2)).contains("现为"), "the stage now beside it");
      browser.screenshot("desk-zone-waiting-as-of-2026-03-02");
      browser.await("window.desk.setAsOf('2026-11-20')");
      assertEquals(waiting.get("stage"), browser.attr(item, "data-stage"));
    }
  }
}
