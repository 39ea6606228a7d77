package parcelatlas.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.figures.FigureFixture;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A city-wide admin opens June's bulletin on /bulletin.html in Chromium, issues it and sees it archived
 * with its hash; a city-wide official reads why a figure is withheld.
 */
class BulletinPageBrowserTest {
  @RegisterExtension
  static final DemoApp city = DemoApp.on(BulletinPageBrowserTest::figures).withStaff();
  private static final String OFFICIAL = "city-official";
  private static final String OFFICIAL_PASSWORD = "city official password";

  @BeforeAll
  static void official() {
    new Users(city.storage(), new PasswordHasher(4)).add(OFFICIAL, Role.OFFICIAL, null, null, OFFICIAL_PASSWORD.toCharArray());
  }

  /** A fresh database with {@link FigureFixture} loaded. */
  private static Storage figures() {
    Storage storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    return storage;
  }

  @Test
  void an_admin_reads_issues_and_finds_the_bulletin_in_the_archive() {
    try (Browser browser = Browser.desktop()) {
      city.signInStaff(browser, "/bulletin.html");
      browser.waitFor("!document.querySelector('[data-testid=bulletin-body]').hidden");
      browser.driver().executeScript("document.querySelector('[data-testid=bulletin-month]').value = '2026-06'");
      browser.driver().findElement(By.cssSelector("[data-testid=bulletin-show]")).click();
      browser.waitFor("document.querySelector('[data-testid=bulletin-title]').textContent.includes('2026年6月')");
      String ranking = (String) browser.driver().executeScript(
          "return [...document.querySelectorAll('[data-testid=bulletin-ranking] li')].map(li => li.textContent).join('|')");
      assertEquals("乙镇 100.0%|甲镇 50.0%", ranking);
      browser.driver().findElement(By.cssSelector("[data-testid=bulletin-issue]")).click();
      browser.waitFor("document.querySelectorAll('[data-testid=bulletin-archive] tbody tr').length === 1");
      String hash = (String) Sql.rows(city.storage(), "SELECT sha256 FROM bulletins").get(0).get("sha256");
      assertTrue(browser.textOf("[data-testid=bulletin-archive] tbody", Duration.ofSeconds(5)).contains(hash.strip()));
      browser.screenshot("bulletin-page");

      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      browser.waitFor("document.querySelector('[data-testid=bulletin-title]').textContent.includes('June 2026')");
      String praise = browser.textOf("[data-testid=bulletin-praise]", Duration.ofSeconds(5));
      assertTrue(praise.startsWith("Township 乙镇 ranks first on start rate (100.0%)."), praise);
      assertTrue(browser.textOf("[data-testid=bulletin-status]", Duration.ofSeconds(5)).startsWith("Issued; SHA-256 "));
      String late = browser.textOf("[data-testid=bulletin-overdue]", Duration.ofSeconds(5)) + "\n"
          + browser.textOf("[data-testid=bulletin-lagging]", Duration.ofSeconds(5));
      assertTrue(late.contains("Z3 (乙镇): 1 month overdue;") && late.contains("Z1 (甲镇): 2 months overdue;")
          && late.contains("X2 (甲镇): 29 days late;"), late); // one month, not "1 months"
      String english = (String) browser.driver().executeScript("const b = document.body.cloneNode(true);"
          + " b.querySelector('[data-testid=lang-switch]').remove(); return b.innerText;"); // names the other language
      String leftover = english.replaceAll("[甲乙丙丁]镇|[甲乙丙丁]园|[^\\p{IsHan}]", "");
      for (String name : Sql.rows(city.storage(), "SELECT name FROM projects UNION SELECT name FROM demolition_zones"
          + " UNION SELECT township FROM projects UNION SELECT township FROM demolition_zones UNION SELECT name FROM parks"
          + " UNION SELECT leader FROM projects UNION SELECT leader FROM demolition_zones").stream()
          .map(r -> String.valueOf(r.values().iterator().next())).sorted((a, b) -> b.length() - a.length()).toList()) {
        leftover = leftover.replace(name.replaceAll("[^\\p{IsHan}]", ""), "");
      }
      assertEquals("", leftover, "in English only proper names stay Chinese: " + english);
      browser.screenshot("bulletin-page-en");
    }
  }

  /**
   * The city's 投资完成率 in June's bulletin is withheld (small-cell rule: in January only X1 of
   * {@link FigureFixture} invested, and the bulletin reveals no project's internals), and the page
   * says why in the desk's words, in both languages: the figure carries the reason and a note under
   * the line spells it out. Before, the figure was a bare "—" with no reason.
   */
  @Test
  void a_city_wide_official_reads_why_the_citys_investment_completion_is_withheld() {
    try (Browser browser = Browser.desktop()) {
      browser.signIn(city.base(), OFFICIAL, OFFICIAL_PASSWORD, "/bulletin.html");
      browser.waitFor("!document.querySelector('[data-testid=bulletin-body]').hidden");
      browser.driver().executeScript("document.querySelector('[data-testid=bulletin-month]').value = '2026-06'");
      browser.driver().findElement(By.cssSelector("[data-testid=bulletin-show]")).click();
      browser.waitFor("document.querySelector('[data-testid=bulletin-title]').textContent.includes('2026年6月')");
      assertWithheld(browser, "投资完成率 不公开，", "涉及他镇街少于3个项目，为保护单个项目数据不予显示", "投资完成率不公开：");
      browser.screenshot("bulletin-withheld");
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      browser.waitFor("document.querySelector('[data-testid=bulletin-title]').textContent.includes('June 2026')");
      assertWithheld(browser, "investment completion withheld against",
          "fewer than 3 projects you may not open: withheld so no single project can be read from it", "investment completion: ");
    }
  }

  /** The city's line holds {@code inLine}; its withheld figure carries {@code reason}; the note reads {@code note} + reason. */
  private static void assertWithheld(Browser browser, String inLine, String reason, String note) {
    String line = browser.textOf("[data-testid=bulletin-city]", Duration.ofSeconds(5));
    assertTrue(line.contains(inLine), line);
    assertEquals(reason, browser.attr("[data-testid=bulletin-city] [data-testid=bulletin-withheld]", "title"));
    assertEquals(note + reason, browser.textOf("[data-testid=bulletin-withheld-note]", Duration.ofSeconds(5)));
  }
}
