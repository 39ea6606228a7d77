package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/**
 * The city-wide weekly dispatch (本周调度) on a scaled city comes 200 items a page with the count of
 * all, and says how many it shows, in Chinese and English; "more" appends the next page. The audit
 * of issue 10 found the whole list in one answer: 5,586 items, 1.6 MB, at 57 times the demo.
 */
@Tag("database")
class DeskDispatchPagingBrowserTest {
  private static final String PASSWORD = "correct horse battery staple";
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(3);

  @BeforeAll
  static void start() {
    new Users(city.storage(), new PasswordHasher(4)).add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
  }

  @Test
  void the_city_wide_dispatch_list_comes_a_page_at_a_time_and_says_how_many_it_shows() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
      browser.signIn(city.base(), "city", PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      browser.waitFor("document.querySelector('[data-testid=dispatch-list]').dataset.count > 0");
      long total = Long.parseLong(browser.attr("[data-testid=dispatch-list]", "data-count"));
      assertTrue(total > 200 && total < 400, "a city-wide list longer than a page: " + total);
      String items = "return document.querySelectorAll('[data-testid=dispatch-item]').length";
      assertEquals(200L, browser.driver().executeScript(items));
      assertEquals("已显示 200 / " + total + " 项 · 再显示 " + (total - 200) + " 项",
          browser.textOf("[data-testid=dispatch-more]", Duration.ofSeconds(5)));
      browser.driver().executeScript("document.querySelector('[data-testid=lang-switch]').click()");
      assertEquals("200 of " + total + " shown · Show " + (total - 200) + " more",
          browser.textOf("[data-testid=dispatch-more]", Duration.ofSeconds(5)));
      browser.driver().executeScript("document.querySelector('[data-testid=dispatch-more]').click()");
      browser.waitFor("document.querySelectorAll('[data-testid=dispatch-item]').length === " + total);
      assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('[data-testid=dispatch-more]').length"));
      @SuppressWarnings("unchecked")
      List<String> asked = (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".map(e => new URL(e.name)).filter(u => u.pathname === '/api/desk/dispatch').map(u => u.search)");
      assertTrue(asked.size() >= 2 && asked.stream().allMatch(q -> q.contains("limit=200")), "paged: " + asked);
      browser.screenshot("desk-dispatch-paged");
    }
  }
}
