package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** The officials' desk in Chromium: sign in, file a weekly report, see it everywhere, step back in time. */
class DeskBrowserTest {
  private static final String PASSWORD = "township desk password";
  private static Storage storage;
  private static RunningApp app;
  private static Map<String, Object> zone;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    zone = Sql.rows(storage, "SELECT z.code, z.township, r.signed_households, r.demolished_households, r.cleared_area_m2"
        + " FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " WHERE r.signed_households + 5 < z.target_households AND r.demolished_households + 5 < r.signed_households"
        + " ORDER BY z.code").get(0);
    new Users(storage, new PasswordHasher(4)).add("town", Role.OFFICIAL, (String) zone.get("township"), null,
        PASSWORD.toCharArray());
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String attr(Browser b, String css, String name) {
    return String.valueOf(b.driver().executeScript(
        "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", css, name));
  }

  private static void type(Browser b, String testid, Object value) {
    b.driver().executeScript("const e = document.querySelector('[data-testid=' + arguments[0] + ']');"
        + " e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));"
        + " e.dispatchEvent(new Event('change', {bubbles: true}));", testid, String.valueOf(value));
  }

  @Test
  void a_township_files_its_weekly_report_and_the_map_figures_and_history_follow() {
    String code = (String) zone.get("code");
    String path = "[data-code='" + code + "'][data-demolished-pct]";
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(app.base(), "town", PASSWORD, "/desk.html?as_of=2026-11-20");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      String before = attr(browser, path, "data-demolished-pct");
      browser.await("window.desk.openZone('" + code + "')");
      int signed = ((Number) zone.get("signed_households")).intValue() + 3;
      int demolished = ((Number) zone.get("demolished_households")).intValue() + 3;
      type(browser, "report-date", "2026-11-20");
      type(browser, "report-signed", signed);
      type(browser, "report-demolished", demolished);
      type(browser, "report-cleared", zone.get("cleared_area_m2"));
      browser.driver().findElement(By.cssSelector("[data-testid=report-submit]")).click();
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!"success".equals(attr(browser, "[data-testid=report-status]", "data-state")) && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("success", attr(browser, "[data-testid=report-status]", "data-state"),
          browser.textOf("[data-testid=report-status]", Duration.ofSeconds(1)));
      browser.await("window.desk.idle()");
      assertEquals(1, Sql.count(storage, "demolition_reports WHERE reported_by = 'town' AND demolished_households = " + demolished));
      assertNotEquals(before, attr(browser, path, "data-demolished-pct"), "the zone's colour follows the new report");
      assertTrue(browser.textOf("[data-testid=report-history]", Duration.ofSeconds(5)).contains(Integer.toString(signed)));
      browser.screenshot("desk-zone-after-report");

      browser.await("window.desk.setAsOf('2026-09-07')");
      JsonNode then = app.staff().json("/api/desk/zones?as_of=2026-09-07", 200);
      for (JsonNode z : then.get("zones")) {
        if (z.get("code").asText().equals(code)) {
          assertEquals(z.get("demolishedPct").asDouble(), Double.parseDouble(attr(browser, path, "data-demolished-pct")), 0.05);
        }
      }
      assertTrue(browser.driver().getCurrentUrl().contains("as_of=2026-09-07"), browser.driver().getCurrentUrl());
      browser.screenshot("desk-as-of-2026-09-07");
    }
  }

  @Test
  void the_desk_fits_a_phone() {
    try (Browser phone = Browser.phone()) {
      phone.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      phone.signIn(app.base(), "town", PASSWORD, "/desk.html");
      assertFalse(phone.await("window.desk.ready").startsWith("ERROR"));
      long scrollWidth = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
      phone.screenshot("desk-phone");
    }
  }
}
