package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.testing.Browser;

/**
 * Leads on the desk, in Chromium: a park official sees the leads page in the header and their park's
 * new and overdue leads counted as the server counts them (one lead three days unanswered, one
 * five minutes old); a township official, who does not work leads, sees neither.
 */
class DeskLeadsBrowserTest {
  private static LeadFixture fx;

  @BeforeAll
  static void start() {
    fx = new LeadFixture();
    fx.lead(fx.parcelP1, "client-a", Duration.ofDays(3));
    fx.lead(fx.parcelP1, "client-b", Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void a_park_official_sees_the_parks_new_and_overdue_leads_and_a_township_official_none() {
    JsonNode counts = LeadFixture.park(fx.as("park.one").json("/api/leads/counts", 200).get("parks"), "QL-P01");
    assertTrue(counts.get("overdue").asInt() >= 1 && counts.get("new").asInt() >= 2, counts.toString());
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(fx.app.base(), "park.one", LeadFixture.PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      WebElement link = browser.driver().findElement(By.cssSelector("[data-testid=leads-link]"));
      assertTrue(link.isDisplayed());
      assertTrue(link.getText().startsWith("招商线索"), link.getText());
      assertEquals(counts.get("overdue").asText(), link.getAttribute("data-overdue"));
      String row = "[data-testid=lead-count][data-park=QL-P01]";
      assertEquals(counts.get("new").asText(), browser.attr(row, "data-new"));
      assertEquals(counts.get("overdue").asText(), browser.attr(row, "data-overdue"));
      assertTrue(browser.textOf(row, Duration.ofSeconds(2)).contains("超时未跟进 " + counts.get("overdue").asInt() + " 条"));
      assertEquals(1, browser.driver().findElements(By.cssSelector("[data-testid=lead-count]")).size(), "only their own park");
      String box = browser.textOf("[data-testid=lead-counts]", Duration.ofSeconds(2));
      assertFalse(box.contains("null"), "the panel once ended in a line reading null: " + box);
      browser.screenshot("desk-leads-of-a-park");
    }
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(fx.app.base(), "township", LeadFixture.PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      assertFalse(browser.driver().findElement(By.cssSelector("[data-testid=leads-link]")).isDisplayed());
      assertTrue(browser.driver().findElements(By.cssSelector("[data-testid=lead-count]")).isEmpty());
    }
  }
}
