package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The investor page (web/index.html) in a browser test: opened until ready, and driven as a user does. */
public final class InvestorPage {
  private InvestorPage() {}

  /** Opens {@code path} of {@code app} in {@code browser} and waits until the page is ready (not an error). */
  public static Browser open(Browser browser, RunningApp app, String path) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.driver().get(app.base() + path);
    String ready = browser.await("window.investor.ready");
    assertFalse(ready.startsWith("ERROR"), ready);
    return browser;
  }

  /** As {@link #open}, on a desktop browser, with the filter panel opened. */
  public static Browser openWithFilters(RunningApp app, String path) {
    Browser browser = open(Browser.desktop(), app, path);
    browser.driver().executeScript("document.querySelector('[data-testid=filter-panel]').open = true");
    return browser;
  }

  /**
   * Picks the industry option with this text as a user does (opens the select, clicks the option,
   * closes the list, which a headless screenshot may otherwise keep) and waits until the page is idle.
   */
  public static void chooseIndustry(Browser browser, String text) {
    WebElement select = browser.driver().findElement(By.cssSelector("[data-testid=filter-industry]"));
    select.click();
    select.findElements(By.tagName("option")).stream().filter(o -> o.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no option " + text)).click();
    select.sendKeys(Keys.ESCAPE);
    browser.await("window.investor.idle()");
  }
}
