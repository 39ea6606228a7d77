package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/** After sign-in the page goes back to {@code ?next=} only on this origin; anything else lands on the home page. */
class LoginRedirectBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();

  @Test
  void a_next_that_the_browser_would_resolve_to_another_site_lands_on_the_home_page() {
    // a tab, a line break or a backslash is dropped or read as a slash by the browser: "//evil.example"
    List<String> hostile = List.of("/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example/desk.html",
        "/\\evil.example", "\\/evil.example", "//evil.example", "https://evil.example/", "javascript:alert(1)",
        "/\t\\evil.example", " //evil.example");
    try (Browser browser = Browser.desktop()) {
      for (String next : hostile) {
        browser.driver().manage().deleteAllCookies(); // a fresh visitor each time
        city.signInStaff(browser, next);
        browser.pause(java.time.Duration.ofMillis(300));
        String landed = browser.driver().getCurrentUrl();
        assertEquals(city.base() + "/", landed.replaceAll("[?#].*", ""), "next=" + next.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
      }
    }
  }

  @Test
  void a_next_on_this_site_is_kept_with_its_query() {
    try (Browser browser = Browser.desktop()) {
      city.signInStaff(browser, "/desk.html?as_of=2026-09-07");
      String landed = browser.driver().getCurrentUrl();
      assertTrue(landed.startsWith(city.base() + "/desk.html?") && landed.contains("as_of=2026-09-07"), landed);
    }
  }

  @Test
  void a_visitor_is_not_offered_the_staff_overview_and_the_sign_in_page_leads_back_to_the_public_map() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(city.base() + "/");
      browser.await("window.investor.ready");
      browser.pause(java.time.Duration.ofMillis(500)); // the sign-in check answers
      assertEquals(Boolean.FALSE, browser.driver().executeScript(
          "return document.querySelector('[data-testid=overview-link]').checkVisibility()"), "a visitor sees no 总览地图");
      browser.driver().get(city.base() + "/login.html?next=%2Foverview.html");
      browser.waitFor("document.querySelector('[data-testid=login-back]').checkVisibility()");
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=login-back]")).click();
      browser.waitFor("location.pathname === '/'");
      browser.await("window.investor.ready");

      city.signInStaff(browser, "/");
      browser.await("window.investor.ready");
      browser.waitFor("document.querySelector('[data-testid=overview-link]').checkVisibility()");
    }
  }
}
