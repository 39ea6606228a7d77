package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * A park official opens the leads inbox in Chromium, sees an investor's enquiry (sent through the
 * investor API) marked new and overdue, and moves it through contacted and site visit to closed won
 * with a note and an assignment; each step lands in the audit log.
 */
class LeadsPageBrowserTest {
  private static final String PASSWORD = "park office password";
  private static long id;

  @RegisterExtension
  static final DemoApp city = new DemoApp().settings(() -> Map.of("ATLAS_LEADS_OVERDUE_HOURS", "1"));

  @BeforeAll
  static void start() {
    new Users(city.storage(), new PasswordHasher(4)).add("park.one", Role.OFFICIAL, null, "QL-P01", PASSWORD.toCharArray());
    String parcel = (String) Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " AND park_code = 'QL-P01' ORDER BY code").get(0).get("code");
    assertEquals(201, city.app().post("/api/investor/enquiries", "application/json", "{\"parcel_code\": \"" + parcel
        + "\", \"name\": \"陈总\", \"contact\": \"0512-66881234\", \"message\": \"需要 50 亩工业用地\"}").statusCode());
    id = ((Number) Sql.rows(city.storage(), "SELECT MAX(id) AS id FROM enquiries").get(0).get("id")).longValue();
    // an hour and a minute old by the app's fixed clock: overdue under a one-hour setting
    city.storage().inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE enquiries SET created_at = ? WHERE id = ?")) {
        s.setTimestamp(1, java.sql.Timestamp.from(RunningApp.CLOCK.instant().minus(Duration.ofMinutes(61))));
        s.setLong(2, id);
        return s.executeUpdate();
      }
    });
  }

  private static void click(Browser browser, String testid) {
    browser.driver().findElement(By.cssSelector("[data-testid=" + testid + "]")).click();
  }

  private static void moveTo(Browser browser, String status) {
    click(browser, "move-" + status);
    browser.waitFor("document.querySelector('[data-testid=lead-detail]').dataset.status === '" + status + "'");
  }

  @Test
  void an_official_moves_an_enquiry_through_the_inbox_to_closed_won() {
    try (Browser browser = Browser.desktop()) {
      browser.signIn(city.base(), "park.one", PASSWORD, "/leads.html");
      browser.waitFor("window.leadsPage?.ready === true");
      String item = "[data-testid=lead-item][data-id='" + id + "']";
      browser.waitFor("!!document.querySelector(\"" + item + " [data-testid=overdue-mark]\")");
      assertEquals("新线索", browser.textOf(item + " [data-testid=status-badge]", Duration.ofSeconds(5)));
      assertTrue(browser.textOf("[data-testid=overdue-banner]", Duration.ofSeconds(5)).contains("1 条"));
      browser.driver().findElement(By.cssSelector(item + " button")).click();
      browser.waitFor("!!document.querySelector('[data-testid=move-contacted]')");
      browser.driver().findElement(By.cssSelector("[data-testid=lead-note]")).sendKeys("已电话联系陈总，约定周五看地");
      moveTo(browser, "contacted");
      browser.driver().executeScript("const s = document.querySelector('[data-testid=lead-assignee]');"
          + " s.value = 'park.one'; s.dispatchEvent(new Event('change'));");
      click(browser, "lead-assign");
      browser.waitFor("document.querySelector('[data-testid=lead-history]').children.length === 2");
      moveTo(browser, "site_visit");
      moveTo(browser, "closed_won");
      browser.waitFor("document.querySelector(\"" + item + "\")?.dataset.status === 'closed_won'");
      assertEquals("已成交", browser.textOf(item + " [data-testid=status-badge]", Duration.ofSeconds(5)));
      assertTrue(browser.textOf("[data-testid=lead-notes]", Duration.ofSeconds(5)).contains("约定周五看地"));
      browser.screenshot("leads-closed-won");
      click(browser, "lang-switch");
      browser.waitFor("document.documentElement.lang === 'en'");
      assertEquals("Closed – won", browser.textOf(item + " [data-testid=status-badge]", Duration.ofSeconds(5)));
      // the counts per park fit the inbox in English too (its Overdue and Total columns were cut off)
      Object outside = browser.driver().executeScript("const box = document.querySelector('[data-testid=lead-counts]')"
          + ".closest('section').getBoundingClientRect(); return [...document.querySelectorAll("
          + "'[data-testid=lead-counts] th, [data-testid=lead-counts] td')].filter((c) => c.getBoundingClientRect().right"
          + " > box.right - 8).map((c) => c.textContent)");
      assertEquals(List.of(), outside, "count cells beyond the inbox in English");
      browser.screenshot("leads-closed-won-en");
    }
    List<String> actions = Sql.rows(city.storage(), "SELECT action FROM audit_log WHERE entity = 'lead' AND entity_key = ?"
        + " ORDER BY id", String.valueOf(id)).stream().map(r -> (String) r.get("action")).toList();
    assertEquals(List.of("lead_status", "lead_assign", "lead_status", "lead_status"), actions);
    assertEquals("closed_won", Sql.rows(city.storage(), "SELECT status FROM enquiries WHERE id = ?", id).get(0).get("status"));
  }

  /**
   * On a phone, in English: a lead's plot code stays on one line (it broke at a hyphen), the header's
   * language switch too, and the counts' eight columns scroll inside the inbox (the Total column was
   * cut off at the screen's edge).
   */
  @Test
  void on_a_phone_codes_stay_on_one_line_and_every_count_column_is_within_reach() {
    try (Browser phone = Browser.phone()) {
      phone.signIn(city.base(), "park.one", PASSWORD, "/leads.html?lang=en");
      phone.waitFor("window.leadsPage?.ready === true");
      phone.waitFor("document.querySelectorAll('[data-testid=count-row]').length > 0");
      Object codeLines = phone.driver().executeScript("const r = document.createRange();"
          + " r.selectNodeContents(document.querySelector('[data-testid=lead-item] .code'));"
          + " return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size");
      assertEquals(1L, codeLines, "the plot code takes one line");
      assertEquals(Boolean.TRUE, phone.driver().executeScript("const b = document.querySelector('[data-testid=lang-switch]');"
          + " return b.getClientRects().length === 1 && b.getBoundingClientRect().height < 32"), "the language switch on one line");
      Object reach = phone.driver().executeScript("const wrap = document.querySelector('[data-testid=lead-counts-wrap]');"
          + " const box = wrap.closest('section').getBoundingClientRect(); const w = wrap.getBoundingClientRect();"
          + " const table = document.querySelector('[data-testid=lead-counts]').getBoundingClientRect();"
          + " const park = document.querySelector('[data-testid=filter-park]').getBoundingClientRect();"
          + " return [w.right <= box.right && park.right <= box.right, table.width <= wrap.clientWidth || getComputedStyle(wrap).overflowX === 'auto',"
          + " document.documentElement.scrollWidth <= window.innerWidth]");
      assertEquals(List.of(true, true, true), reach,
          "[scroller and park filter within the inbox, the table reachable, no sideways page]");
      phone.driver().executeScript("document.querySelector('[data-testid=lead-counts-wrap]').scrollLeft = 1000");
      phone.screenshot("leads-phone-en");
    }
  }
}
