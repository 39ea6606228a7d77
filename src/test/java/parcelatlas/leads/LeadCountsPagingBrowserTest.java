package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.leads.LeadCountQuery;
import parcelatlas.testing.Browser;
import parcelatlas.testing.Sql;

/**
 * The lead counts page through parks in Chromium, when more parks have leads than a page of
 * {@code /api/leads/counts} holds ({@link LeadCountQuery#DEFAULT_LIMIT}): 50 parks are added to the
 * demo's 7, each given a public parcel, and investors' enquiries are sent through the investor API
 * to every one of the 57. The desk lists the first page (the first parks in code order, each with
 * SQL's count) and a last line naming how many leads the unlisted parks hold; the inbox lists the
 * same first page and its 更多园区 button brings the rest, after which every park SQL finds leads for
 * is listed once, in code order, and the button is gone.
 */
class LeadCountsPagingBrowserTest {
  private static final int ADDED_PARKS = 50;
  private static LeadFixture fx;

  @BeforeAll
  static void start() {
    fx = new LeadFixture();
    List<Map<String, Object>> parcels = Sql.rows(fx.storage, "SELECT code FROM parcels WHERE status IN"
        + " ('available', 'listed') AND park_code NOT IN ('QL-P01', 'QL-P02') ORDER BY code");
    assertTrue(parcels.size() > ADDED_PARKS + 10, "enough public parcels: " + parcels.size());
    List<String> enquired = new ArrayList<>();
    for (int i = 1; i <= ADDED_PARKS; i++) {
      // two all-digit codes of different lengths: the server orders "10" before "9" (text), which a
      // browser reading the parks as an object's keys would turn round (numeric keys first, ascending)
      String park = i == 1 ? "9" : i == 2 ? "10" : String.format("QL-Z%02d", i);
      String parcel = (String) parcels.get(i).get("code");
      fx.storage.inTransaction(c -> {
        try (var s = c.prepareStatement("INSERT INTO parks (code, name, name_en, level, area_m2, geom, source_crs,"
            + " source_file, source_record) SELECT ?, ?, ?, level, area_m2, geom, source_crs, source_file, source_record"
            + " FROM parks WHERE code = 'QL-P03'"); var move = c.prepareStatement("UPDATE parcels SET park_code = ? WHERE code = ?")) {
          s.setString(1, park);
          s.setString(2, "测试园区" + park);
          s.setString(3, "Test park " + park);
          s.executeUpdate();
          move.setString(1, park);
          move.setString(2, parcel);
          return move.executeUpdate();
        }
      });
      enquired.add(parcel);
      if (i % 3 == 0) {
        enquired.add(parcel); // some parks have two leads, so the unlisted leads are not the unlisted parks
      }
    }
    for (Map<String, Object> row : Sql.rows(fx.storage, "SELECT MIN(t.code) AS code FROM parcels t"
        + " WHERE t.status IN ('available', 'listed') AND t.park_code LIKE 'QL-P%' GROUP BY t.park_code")) {
      enquired.add((String) row.get("code"));
    }
    for (String parcel : enquired) {
      var answer = fx.app.post("/api/investor/enquiries", LeadFixture.JSON, "{\"parcel_code\": \"" + parcel
          + "\", \"name\": \"周经理\", \"contact\": \"13900001111\", \"message\": \"想看地\"}");
      assertEquals(201, answer.statusCode(), answer.body());
    }
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Park code → leads, by SQL, in code order. */
  private static TreeMap<String, Long> sqlCounts() {
    TreeMap<String, Long> counts = new TreeMap<>();
    Sql.rows(fx.storage, "SELECT park_code, COUNT(*) AS n FROM enquiries GROUP BY park_code").forEach(r ->
        counts.put((String) r.get("park_code"), ((Number) r.get("n")).longValue()));
    return counts;
  }

  @Test
  void the_desk_lists_the_first_page_of_parks_and_counts_the_leads_of_the_others() {
    TreeMap<String, Long> counts = sqlCounts();
    assertTrue(counts.size() > LeadCountQuery.DEFAULT_LIMIT, counts.toString());
    List<String> firstPage = new ArrayList<>(counts.keySet()).subList(0, LeadCountQuery.DEFAULT_LIMIT);
    long unlisted = counts.entrySet().stream().filter(e -> !firstPage.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      browser.signIn(fx.app.base(), "city", LeadFixture.PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.waitFor("document.querySelectorAll('[data-testid=lead-count]').length > 0");
      List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=lead-count]"));
      assertEquals(firstPage, rows.stream().map(r -> r.getAttribute("data-park")).toList());
      for (WebElement row : rows) {
        assertTrue(row.getText().contains("共 " + counts.get(row.getAttribute("data-park")) + " 条"), row.getText());
      }
      String more = browser.textOf("[data-testid=lead-count-more]", Duration.ofSeconds(5));
      assertTrue(more.contains("另有 " + unlisted + " 条线索"), more + " (expected " + unlisted + ")");
      browser.screenshot("desk-lead-counts-more-parks");
    }
  }

  @Test
  void the_inbox_pages_through_every_park_with_the_more_parks_button() {
    TreeMap<String, Long> counts = sqlCounts();
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      browser.signIn(fx.app.base(), "city", LeadFixture.PASSWORD, "/leads.html");
      browser.waitFor("window.leadsPage?.ready === true");
      assertEquals(new ArrayList<>(counts.keySet()).subList(0, LeadCountQuery.DEFAULT_LIMIT), countRows(browser));
      WebElement more = browser.driver().findElement(By.cssSelector("[data-testid=lead-counts-more]"));
      assertTrue(more.isDisplayed());
      assertEquals("更多园区", more.getText());
      more.click();
      browser.waitFor("document.querySelectorAll('[data-testid=count-row]').length > " + LeadCountQuery.DEFAULT_LIMIT);
      assertEquals(new ArrayList<>(counts.keySet()), countRows(browser), "every park once, in code order");
      for (WebElement row : browser.driver().findElements(By.cssSelector("[data-testid=count-row]"))) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals(String.valueOf(counts.get(row.getAttribute("data-park"))), cells.get(cells.size() - 1).getText(),
            row.getAttribute("data-park"));
      }
      assertFalse(browser.driver().findElement(By.cssSelector("[data-testid=lead-counts-more]")).isDisplayed(),
          "no more parks after the last page");
      List<String> offered = new ArrayList<>();
      for (WebElement option : browser.driver().findElements(By.cssSelector("[data-testid=filter-park] option"))) {
        if (!option.getAttribute("value").isEmpty()) {
          offered.add(option.getAttribute("value"));
        }
      }
      assertEquals(new ArrayList<>(counts.keySet()), offered, "the park filter offers every park loaded");
      browser.screenshot("leads-inbox-more-parks");

      // a park of the second page chosen, one of its leads moved on: the inbox refreshes its counts
      // and keeps every park it had brought in, the chosen one still chosen and counted anew
      String last = counts.lastKey();
      browser.driver().findElement(By.cssSelector("[data-testid=filter-park] option[value='" + last + "']")).click();
      long id = ((Number) Sql.rows(fx.storage, "SELECT MIN(id) AS id FROM enquiries WHERE park_code = ?", last)
          .get(0).get("id")).longValue();
      String item = "[data-testid=lead-item][data-id='" + id + "']";
      browser.waitFor("document.querySelectorAll('[data-testid=lead-item]').length === " + counts.get(last)
          + " && !!document.querySelector(\"" + item + "\")");
      browser.driver().findElement(By.cssSelector(item + " button")).click();
      browser.waitFor("!!document.querySelector('[data-testid=move-contacted]')");
      browser.driver().findElement(By.cssSelector("[data-testid=move-contacted]")).click();
      String row = "[data-testid=count-row][data-park='" + last + "']";
      browser.waitFor("document.querySelector(\"" + row + "\")?.cells[2]?.textContent === '1'"); // contacted
      browser.pause(Duration.ofMillis(500));
      assertEquals(new ArrayList<>(counts.keySet()), countRows(browser), "the parks brought in stay after a change");
      assertEquals(last, browser.driver().executeScript("return document.querySelector('[data-testid=filter-park]').value"));
      assertFalse(browser.driver().findElement(By.cssSelector("[data-testid=lead-counts-more]")).isDisplayed());
      browser.screenshot("leads-inbox-more-parks-after-a-change");
    }
  }

  private static List<String> countRows(Browser browser) {
    return browser.driver().findElements(By.cssSelector("[data-testid=count-row]")).stream()
        .map(r -> r.getAttribute("data-park")).toList();
  }
}
