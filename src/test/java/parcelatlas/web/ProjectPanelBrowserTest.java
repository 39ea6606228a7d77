package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The project panel's update forms in Chromium: the township records a month's investment, closes
 * an issue (销号) and marks a milestone reached, and the panel and figures follow; others get no
 * forms (another township's official gets the headline summary, see {@link ProjectPanelAsOfBrowserTest});
 * the map and panel show stages as of a past day.
 */
class ProjectPanelBrowserTest {
  private static final String PASSWORD = "project panel password";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  /** A project with a plan this year, two open issues and a milestone not reached: code, township. */
  private static Map<String, Object> project;

  @BeforeAll
  static void start() {
    project = Sql.rows(city.storage(), "SELECT p.code, p.township FROM projects p WHERE p.planned_investment_year_wan > 0"
        + " AND (SELECT COUNT(*) FROM project_issues i WHERE i.project_id = p.id AND i.closed_on IS NULL) >= 2"
        + " AND EXISTS (SELECT 1 FROM project_milestones m WHERE m.project_id = p.id AND m.actual_date IS NULL)"
        + " ORDER BY p.code").get(0);
    String township = (String) project.get("township");
    String other = (String) Sql.rows(city.storage(), "SELECT township FROM projects WHERE township <> ? ORDER BY township",
        township).get(0).get("township");
    Users users = new Users(city.storage(), new PasswordHasher(4));
    users.add("owner", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
    users.add("stranger", Role.OFFICIAL, other, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
  }

  private static void click(Browser b, String css) {
    WebElement element = b.driver().findElement(By.cssSelector(css));
    b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Waits for a form's status line to reach {@code state}; returns its text. */
  private static String awaitStatus(Browser b, String css, String state) {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!state.equals(b.attr(css, "data-state")) && System.nanoTime() < until) {
      b.pause(Duration.ofMillis(100));
    }
    String text = b.textOf(css, Duration.ofSeconds(1));
    assertEquals(state, b.attr(css, "data-state"), text);
    b.await("window.desk.idle()");
    return text;
  }

  private static int openIssue(int n) {
    return ((Number) Sql.rows(city.storage(), "SELECT i.seq FROM project_issues i JOIN projects p ON p.id = i.project_id"
        + " WHERE p.code = ? AND i.closed_on IS NULL ORDER BY i.seq", project.get("code")).get(n).get("seq")).intValue();
  }

  /** True when the open project panel offers any update form. */
  static boolean hasForms(Browser b) {
    return (Boolean) b.driver().executeScript("return Boolean(document.querySelector('[data-testid=project-panel]"
        + " :is([data-testid=investment-form], [data-testid=tax-form], [data-testid=milestone-form],"
        + " [data-testid=issue-form], [data-testid=issue-close-form], [data-testid=stage-form])'))");
  }

  @Test
  void the_township_records_investment_closes_an_issue_and_marks_a_milestone_and_the_panel_and_figures_follow() {
    String code = (String) project.get("code");
    String scope = URLEncoder.encode("township:" + project.get("township"), StandardCharsets.UTF_8);
    String panel = "[data-testid=project-panel]";
    double november = ((Number) Sql.rows(city.storage(), "SELECT COALESCE(SUM(i.completed_wan), 0) AS n FROM project_investments i"
        + " JOIN projects p ON p.id = i.project_id WHERE p.code = ? AND i.month_start = DATE '2026-11-01'", code)
        .get(0).get("n")).doubleValue();
    double amount = Math.round(november) + 800;
    int milestone = ((Number) Sql.rows(city.storage(), "SELECT m.seq FROM project_milestones m JOIN projects p"
        + " ON p.id = m.project_id WHERE p.code = ? AND m.actual_date IS NULL ORDER BY m.seq", code).get(0).get("seq"))
        .intValue();
    int issue = openIssue(0);
    int overtaken = openIssue(1);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "owner", PASSWORD, "/desk.html?as_of=2026-11-20&tab=figures&scope=" + scope);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      String rateBefore = browser.textOf("[data-testid=figure-card][data-key=investment_rate_pct] [data-testid=figure-value]",
          Duration.ofSeconds(5));
      browser.await("window.desk.openProject('" + code + "')");
      assertTrue(hasForms(browser), "the project's own township is offered the forms");
      long stageRows = Sql.count(city.storage(), "project_stage_changes");
      browser.driver().executeScript("const s = document.querySelector('[data-testid=stage-select]');"
          + " const next = s.value; s.value = [...s.options].map((o) => o.value).find((v) => v !== next);");
      click(browser, "[data-testid=stage-submit]");
      assertTrue(awaitStatus(browser, "[data-testid=stage-status]", "error").contains("须写明原因"),
          "a skip without a reason is stopped before it is sent");
      assertEquals(stageRows, Sql.count(city.storage(), "project_stage_changes"));

      click(browser, "[data-testid=investment-open]");
      browser.type("[data-testid=investment-month]", "2026-11");
      browser.type("[data-testid=investment-amount]", "-5");
      click(browser, "[data-testid=investment-submit]");
      assertTrue(awaitStatus(browser, "[data-testid=investment-status]", "error").contains("不能为负数"));
      browser.type("[data-testid=investment-amount]", amount);
      click(browser, "[data-testid=investment-submit]");
      assertTrue(awaitStatus(browser, "[data-testid=investment-status]", "success").contains("2026-11"));
      assertEquals(amount, ((Number) Sql.rows(city.storage(), "SELECT i.completed_wan FROM project_investments i JOIN projects p"
          + " ON p.id = i.project_id WHERE p.code = ? AND i.month_start = DATE '2026-11-01'", code).get(0)
          .get("completed_wan")).doubleValue(), 0.001);
      JsonNode figures = city.app().staff().json("/api/figures?scope=" + scope + "&as_of=2026-11-20", 200);
      String rateAfter = browser.textOf("[data-testid=figure-card][data-key=investment_rate_pct] [data-testid=figure-value]",
          Duration.ofSeconds(5));
      assertNotEquals(rateBefore, rateAfter, "投资完成率 follows the month's investment");
      assertEquals(figures.get("investmentRatePct").asDouble(), Double.parseDouble(rateAfter.replace("%", "").strip()),
          0.05, rateAfter);
      browser.screenshot("desk-project-investment-recorded");

      String row = panel + " [data-testid=issue-row][data-seq='" + issue + "']";
      click(browser, row + " [data-testid=issue-close-open]");
      click(browser, row + " [data-testid=issue-close-submit]");
      assertTrue(awaitStatus(browser, row + " [data-testid=issue-close-status]", "error").contains("请填写解决情况"));
      browser.type(row + " [data-testid=issue-resolution]", "已协调供电公司接入临时用电");
      click(browser, row + " [data-testid=issue-close-submit]");
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!"true".equals(browser.attr(row, "data-closed")) && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("true", browser.attr(row, "data-closed"), "the issue shows closed (销号)");
      assertTrue(browser.textOf(row, Duration.ofSeconds(2)).contains("已协调供电公司接入临时用电"));
      Map<String, Object> closed = Sql.rows(city.storage(), "SELECT i.closed_on, i.resolution FROM project_issues i JOIN projects p"
          + " ON p.id = i.project_id WHERE p.code = ? AND i.seq = ?", code, issue).get(0);
      assertTrue(String.valueOf(closed.get("closed_on")).startsWith("2026-11-20"), closed.toString());

      String other = panel + " [data-testid=issue-row][data-seq='" + overtaken + "']";
      ApiClient colleague = city.app().client().signIn("owner", PASSWORD);
      assertEquals(200, colleague.post("/api/desk/projects/" + code + "/issues/" + overtaken + "/close",
          "application/json", "{\"resolution\": \"同事已处理\"}").statusCode());
      click(browser, other + " [data-testid=issue-close-open]");
      browser.type(other + " [data-testid=issue-resolution]", "重复处理");
      click(browser, other + " [data-testid=issue-close-submit]");
      assertTrue(awaitStatus(browser, other + " [data-testid=issue-close-status]", "error")
          .contains("问题 " + overtaken + " 已于 2026-11-20 销号"), "the server's refusal is shown, in Chinese");

      click(browser, "[data-testid=milestone-open]");
      browser.type("[data-testid=milestone-select]", milestone);
      browser.type("[data-testid=milestone-date]", "2026-11-20");
      click(browser, "[data-testid=milestone-submit]");
      awaitStatus(browser, "[data-testid=milestone-status]", "success");
      String milestoneRow = panel + " [data-testid=milestone-row][data-seq='" + milestone + "']";
      assertTrue(browser.textOf(milestoneRow, Duration.ofSeconds(2)).contains("2026-11-20"));
      Map<String, Object> reached = Sql.rows(city.storage(), "SELECT m.actual_date, m.planned_date FROM project_milestones m"
          + " JOIN projects p ON p.id = m.project_id WHERE p.code = ? AND m.seq = ?", code, milestone).get(0);
      assertTrue(String.valueOf(reached.get("actual_date")).startsWith("2026-11-20"), reached.toString());
      boolean late = String.valueOf(reached.get("planned_date")).compareTo("2026-11-20") < 0;
      assertEquals(String.valueOf(late), browser.attr(milestoneRow, "data-late"));
      browser.screenshot("desk-project-after-updates");
      List<Map<String, Object>> audit = Sql.rows(city.storage(), "SELECT action FROM audit_log WHERE entity = 'project'"
          + " AND entity_key = ? AND actor = 'owner' ORDER BY id", code);
      assertEquals(List.of("update investment 2026-11", "update issue " + issue, "update issue " + overtaken,
          "update milestone " + milestone), audit.stream().map(r -> r.get("action")).toList());
    }
  }

  @Test
  void an_official_of_another_township_and_a_planner_are_offered_no_forms() {
    String code = (String) project.get("code");
    for (String who : List.of("stranger", "planner")) {
      try (Browser browser = Browser.desktop()) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.signIn(city.base(), who, PASSWORD, "/desk.html?project=" + code);
        assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
        browser.await("window.desk.idle()");
        assertEquals("stranger".equals(who) ? "summary" : "loaded", browser.attr("[data-testid=project-panel]", "data-state"));
        assertFalse(hasForms(browser), who + " sees no update forms");
        browser.screenshot("desk-project-" + who);
      }
    }
  }

  @Test
  void the_map_and_panel_show_a_projects_stage_on_a_past_day() {
    JsonNode then = city.app().staff().json("/api/desk/projects?as_of=2026-03-02", 200);
    String code = null;
    String stageThen = null;
    for (JsonNode p : then.get("projects")) {
      Object now = Sql.rows(city.storage(), "SELECT stage FROM projects WHERE code = ?", p.get("code").asText()).get(0).get("stage");
      if (!p.get("stage").asText().equals(now) && project.get("township").equals(Sql.rows(city.storage(),
          "SELECT township FROM projects WHERE code = ?", p.get("code").asText()).get(0).get("township"))) {
        code = p.get("code").asText();
        stageThen = p.get("stage").asText();
        break;
      }
    }
    assertTrue(code != null, "a project of the township whose stage changed since 2026-03-02");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "owner", PASSWORD, "/desk.html?as_of=2026-03-02&project=" + code);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      assertEquals(stageThen, browser.attr("path[data-code='" + code + "'][data-stage]", "data-stage"),
          "the marker shows the stage of that day");
      assertEquals(stageThen, browser.attr("[data-testid=project-panel]", "data-stage"));
      assertTrue(browser.textOf("[data-testid=project-panel] .facts", Duration.ofSeconds(2)).contains("2026-03-02 时阶段"));
      browser.screenshot("desk-project-as-of-2026-03-02");
      browser.await("window.desk.setAsOf('2026-11-20')");
      assertNotEquals(stageThen, browser.attr("path[data-code='" + code + "'][data-stage]", "data-stage"));
      assertNotEquals(stageThen, browser.attr("[data-testid=project-panel]", "data-stage"));
    }
  }

  @Test
  void the_forms_fit_a_phone() {
    try (Browser phone = Browser.phone()) {
      phone.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      phone.signIn(city.base(), "owner", PASSWORD, "/desk.html?project=" + project.get("code"));
      assertFalse(phone.await("window.desk.ready").startsWith("ERROR"));
      click(phone, "[data-testid=investment-open]");
      click(phone, "[data-testid=issue-open]");
      long scrollWidth = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
      long panelOverflow = (Long) phone.driver().executeScript("const p = document.querySelector("
          + "'[data-testid=project-panel]'); return p.scrollWidth - p.clientWidth");
      assertTrue(panelOverflow <= 0, "the panel does not scroll sideways: " + panelOverflow);
      phone.screenshot("desk-project-forms-phone");
    }
  }
}
