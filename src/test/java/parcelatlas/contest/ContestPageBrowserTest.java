package parcelatlas.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A visitor opens the published 2026Q2 on /contest.html in Chinese and sees the flags of
 * {@link ContestApiTest}'s hand computation (1 red, 1 yellow: 丙镇 and 乙镇 tie for the red flag,
 * 甲镇 last gets the yellow, 丁镇 nothing to measure); an official sees the same flags beside the
 * townships in the desk's rankings on a day of that quarter.
 */
class ContestPageBrowserTest {
  @RegisterExtension
  static final DemoApp city = DemoApp.on(ContestPageBrowserTest::contest).withStaff();

  @BeforeAll
  static void start() {
    ApiClient admin = city.app().staff();
    HttpResponse<String> set = admin.send("PUT", "/api/admin/contest/weights", "application/json",
        "{\"red\": 1, \"yellow\": 1}");
    assertEquals(200, set.statusCode(), set.body());
    HttpResponse<String> published = admin.post("/api/admin/contest/2026Q2/publish", "application/json", "{}");
    assertEquals(201, published.statusCode(), published.body());
  }

  /** A fresh database with {@link ContestFixture} loaded. */
  private static Storage contest() {
    Storage storage = TestDatabases.fresh();
    ContestFixture.load(storage);
    return storage;
  }

  private static String rows(Browser browser, String css) {
    return String.valueOf(browser.driver().executeScript("return [...document.querySelectorAll(arguments[0])]"
        + ".map(r => r.dataset.name + ':' + ([...r.querySelectorAll('[data-testid=contest-flag]')]"
        + ".map(f => f.dataset.flag + '=' + f.textContent).join() || '-')).join('|')", css));
  }

  @Test
  void the_public_page_shows_the_published_flags_in_chinese_and_the_desk_shows_them_too() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(city.base() + "/contest.html?quarter=2026Q1");
      assertEquals("2026Q1 季度考评结果尚未公示。", browser.textOf("[data-testid=contest-error]", Duration.ofSeconds(15)),
          "an unpublished quarter is refused in Chinese, and the latest published one shown");
      browser.driver().get(city.base() + "/contest.html");
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (!"true".equals(browser.attr("body", "data-ready")) && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("2026年第2季度镇街考评结果", browser.textOf("[data-testid=contest-heading]", Duration.ofSeconds(5)));
      assertEquals("丙镇:red=红旗|乙镇:red=红旗|甲镇:yellow=黄旗|丁镇:-", rows(browser, "[data-testid=contest-row]"));
      assertTrue(browser.textOf("[data-testid=contest-table] tbody", Duration.ofSeconds(1)).contains("75.05"));
      assertTrue(browser.textOf("[data-testid=contest-weights]", Duration.ofSeconds(1)).contains("开工率：权重 20"));
      assertEquals("zh-CN", browser.attr("html", "lang"));
      browser.screenshot("contest-page");
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=lang-switch]")).click();
      long english = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!"en".equals(browser.attr("html", "lang")) && System.nanoTime() < english) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("Townships: contest results of Q2 2026", browser.textOf("[data-testid=contest-heading]",
          Duration.ofSeconds(5)));
      assertEquals("丙镇:red=Red flag|乙镇:red=Red flag|甲镇:yellow=Yellow flag|丁镇:-",
          rows(browser, "[data-testid=contest-row]"));
      browser.screenshot("contest-page-en");

      city.signInStaff(browser, "/desk.html?as_of=2026-06-30&tab=figures&lang=zh");
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      String desk = String.valueOf(browser.driver().executeScript("return [...document.querySelectorAll("
          + "'[data-testid=ranking-row]')].map(r => r.dataset.name + ':' + (r.querySelector('[data-testid=contest-flag]')"
          + "?.dataset.flag ?? '-')).sort().join('|')"));
      assertEquals("丁镇:-|丙镇:red|乙镇:red|甲镇:yellow", desk);
      browser.driver().executeScript("document.querySelector('[data-testid=rankings-table]').scrollIntoView()");
      browser.screenshot("contest-flags-on-desk-rankings");

      // The admin changes the flag counts and publishes 2026Q3 on the page; 2026Q4 has not ended.
      browser.driver().get(city.base() + "/contest.html?lang=zh");
      browser.textOf("[data-testid=contest-admin] h2", Duration.ofSeconds(15));
      browser.type("[data-testid=contest-setting-red]", "2");
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=contest-save]")).click();
      assertEquals("已保存，已记入审计日志。", browser.textOf("[data-testid=contest-admin-status]", Duration.ofSeconds(10)));
      assertEquals(2, ((Number) Sql.rows(city.storage(), "SELECT red_count FROM contest_flags").get(0).get("red_count")).intValue());
      browser.type("[data-testid=contest-publish-quarter]", "2026Q4");
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=contest-publish-submit]")).click();
      assertTrue(browser.textOf("[data-testid=contest-admin-status]", Duration.ofSeconds(10)).contains("尚未结束"));
      browser.type("[data-testid=contest-publish-quarter]", "2026Q3");
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=contest-publish-submit]")).click();
      long published = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!browser.textOf("[data-testid=contest-heading]", Duration.ofSeconds(1)).contains("第3季度")
          && System.nanoTime() < published) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("2026年第3季度镇街考评结果", browser.textOf("[data-testid=contest-heading]", Duration.ofSeconds(1)));
      assertEquals(1, Sql.count(city.storage(), "contest_publications WHERE quarter = '2026Q3'"));
      browser.screenshot("contest-page-admin");
    }
  }
}
