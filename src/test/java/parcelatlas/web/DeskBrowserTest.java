package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The officials' desk in Chromium: sign in, file a weekly report, record a project's stage, see
 * them everywhere, step back in time, rank parks.
 */
class DeskBrowserTest {
  private static final String PASSWORD = "the desk of the villages";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  private static Map<String, Object> zone;
  /** A project at 落地 due to start by the app's today: code, township. */
  private static Map<String, Object> project;

  @BeforeAll
  static void start() {
    zone = Sql.rows(city.storage(), "SELECT z.code, z.township, r.signed_households, r.demolished_households, r.cleared_area_m2"
        + " FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " WHERE r.signed_households + 5 < z.target_households AND r.demolished_households + 5 < r.signed_households"
        + " ORDER BY z.code").get(0);
    new Users(city.storage(), new PasswordHasher(4)).add("town", Role.OFFICIAL, (String) zone.get("township"), null,
        PASSWORD.toCharArray());
    project = Sql.rows(city.storage(), "SELECT code, township FROM projects WHERE stage = 'land_secured'"
        + " AND planned_start_date <= DATE '2026-11-16' ORDER BY code").get(0);
    new Users(city.storage(), new PasswordHasher(4)).add("projects", Role.OFFICIAL, (String) project.get("township"), null,
        PASSWORD.toCharArray());
  }

  @Test
  void a_township_files_its_weekly_report_and_the_map_figures_and_history_follow() {
    String code = (String) zone.get("code");
    String path = "[data-code='" + code + "'][data-demolished-pct]";
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "town", PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      assertEquals("2026-11-20", browser.driver().executeScript("return window.desk.state().asOf"),
          "the desk opens on the portal's today (the app's clock), not the browser's");
      String before = browser.attr(path, "data-demolished-pct");
      browser.await("window.desk.openZone('" + code + "')");
      int signed = ((Number) zone.get("signed_households")).intValue() + 3;
      int demolished = ((Number) zone.get("demolished_households")).intValue() + 3;
      browser.type("[data-testid=report-date]", "2026-11-20");
      browser.type("[data-testid=report-signed]", signed);
      browser.type("[data-testid=report-demolished]", demolished);
      browser.type("[data-testid=report-cleared]", zone.get("cleared_area_m2"));
      browser.driver().findElement(By.cssSelector("[data-testid=report-submit]")).click();
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!"success".equals(browser.attr("[data-testid=report-status]", "data-state")) && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("success", browser.attr("[data-testid=report-status]", "data-state"),
          browser.textOf("[data-testid=report-status]", Duration.ofSeconds(1)));
      browser.await("window.desk.idle()");
      assertEquals(1, Sql.count(city.storage(), "demolition_reports WHERE reported_by = 'town' AND demolished_households = " + demolished));
      assertNotEquals(before, browser.attr(path, "data-demolished-pct"), "the zone's colour follows the new report");
      assertTrue(browser.textOf("[data-testid=report-history]", Duration.ofSeconds(5)).contains(Integer.toString(signed)));
      browser.screenshot("desk-zone-after-report");

      browser.await("window.desk.setAsOf('2026-09-07')");
      JsonNode then = city.app().staff().json("/api/desk/zones?as_of=2026-09-07", 200);
      for (JsonNode z : then.get("zones")) {
        if (z.get("code").asText().equals(code)) {
          assertEquals(z.get("demolishedPct").asDouble(), Double.parseDouble(browser.attr(path, "data-demolished-pct")), 0.05);
        }
      }
      assertTrue(browser.driver().getCurrentUrl().contains("as_of=2026-09-07"), browser.driver().getCurrentUrl());
      browser.textOf("[data-testid=zone-panel] [data-testid=zone-past-day]", Duration.ofSeconds(5));
      assertTrue(browser.driver().findElements(By.cssSelector("[data-testid=report-form]")).isEmpty(),
          "reports are filed on today's panel, not a past day's");
      var rows = browser.driver().findElements(By.cssSelector("[data-testid=zone-panel] [data-testid=report-row]"));
      assertFalse(rows.isEmpty());
      for (var row : rows) {
        String date = row.findElement(By.cssSelector("td")).getText().substring(0, 10);
        assertTrue(date.compareTo("2026-09-07") <= 0, "the history as it stood on the day: " + date);
      }
      browser.screenshot("desk-as-of-2026-09-07");
    }
  }

  private static String card(Browser b, String key) {
    return b.textOf("[data-testid=figure-card][data-key=" + key + "] [data-testid=figure-value]", Duration.ofSeconds(5));
  }

  private static void awaitState(Browser b, String css, String state) {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!state.equals(b.attr(css, "data-state")) && System.nanoTime() < until) {
      b.pause(Duration.ofMillis(100));
    }
    assertEquals(state, b.attr(css, "data-state"), b.textOf(css, Duration.ofSeconds(1)));
  }

  @Test
  void a_township_records_a_start_sees_the_start_rate_move_steps_back_to_the_earlier_rate_and_ranks_parks() {
    String code = (String) project.get("code");
    String scope = "township:" + project.get("township");
    String query = java.net.URLEncoder.encode(scope, java.nio.charset.StandardCharsets.UTF_8);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "projects", PASSWORD, "/desk.html?as_of=2026-11-20&tab=figures&scope=" + query);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      String before = card(browser, "start_rate_pct");
      browser.await("window.desk.openProject('" + code + "')");
      browser.type("[data-testid=stage-select]", "started");
      browser.type("[data-testid=stage-date]", "2026-11-18");
      browser.type("[data-testid=stage-note]", "主体工程开工");
      browser.driver().findElement(By.cssSelector("[data-testid=stage-submit]")).click();
      awaitState(browser, "[data-testid=stage-status]", "success");
      browser.await("window.desk.idle()");
      assertEquals("started", Sql.rows(city.storage(), "SELECT stage FROM projects WHERE code = ?", code).get(0).get("stage"));
      assertTrue(browser.textOf("[data-testid=stage-history]", Duration.ofSeconds(5)).contains("2026-11-18"));
      JsonNode now = city.app().staff().json("/api/figures?scope=" + query + "&as_of=2026-11-20", 200);
      JsonNode then = city.app().staff().json("/api/figures?scope=" + query + "&as_of=2026-11-16", 200);
      assertEquals(then.get("projectsStarted").asInt() + 1, now.get("projectsStarted").asInt());
      String after = card(browser, "start_rate_pct");
      assertNotEquals(before, after, "开工率 follows the recorded start");
      assertEquals(now.get("startRatePct").asDouble(), Double.parseDouble(after.replace("%", "").strip()), 0.05, after);
      browser.screenshot("desk-stage-recorded");

      browser.await("window.desk.setAsOf('2026-11-16')");
      assertEquals(before, card(browser, "start_rate_pct"), "on 11-16 the project had not started");
      browser.screenshot("desk-stage-as-of-2026-11-16");

      browser.driver().findElement(By.cssSelector("[data-testid=project-panel] [data-testid=panel-close]")).click();
      browser.driver().findElement(By.cssSelector("[data-testid=ranking-parks]")).click();
      browser.await("window.desk.idle()");
      assertEquals("parks", browser.attr("[data-testid=rankings]", "data-of"));
      assertTrue(browser.driver().getCurrentUrl().contains("rank=parks"), browser.driver().getCurrentUrl());
      String firstPark = browser.attr("[data-testid=ranking-row]", "data-name");
      assertEquals(1, Sql.count(city.storage(), "parks WHERE code = '" + firstPark + "'"), firstPark);
      browser.screenshot("desk-rankings-parks");
    }
  }

  @Test
  void the_desk_fits_a_phone() {
    try (Browser phone = Browser.phone()) {
      phone.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      phone.signIn(city.base(), "town", PASSWORD, "/desk.html");
      assertFalse(phone.await("window.desk.ready").startsWith("ERROR"));
      long scrollWidth = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
      phone.screenshot("desk-phone");
    }
  }
}
