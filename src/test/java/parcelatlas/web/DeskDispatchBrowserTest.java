package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.LabelBoxes;
import parcelatlas.testing.Sql;

/**
 * The desk in Chromium as the officials use it weekly: a township's official opens on their own
 * township and its 本周未报 list; a city-wide official finds a late project in the lagging list by
 * its code and the map flies to it.
 */
class DeskDispatchBrowserTest {
  private static final String PASSWORD = "dispatch browser password";
  /** Features of a township inside the map's view, and of others outside it: [inside, outside]. */
  private static final String IN_VIEW = "const b = window.desk.map.getBounds(); const n = [0, 0, 0];"
      + " window.desk.map.eachLayer(l => { const p = l.feature && l.feature.properties; if (!p || !p.code) return;"
      + " const box = l.getBounds ? l.getBounds() : L.latLngBounds([l.getLatLng()]);"
      + " if (p.township === arguments[0]) n[b.contains(box) ? 0 : 2]++; else if (!b.intersects(box)) n[1]++; });"
      + " return n;";
  @RegisterExtension
  static final DemoApp city = new DemoApp();
  private static String township;
  /** A project at 落地 whose planned start has passed by the app's today: code, planned start. */
  private static Map<String, Object> late;

  @BeforeAll
  static void start() {
    township = (String) Sql.rows(city.storage(), "SELECT township, COUNT(*) AS n FROM demolition_zones GROUP BY township"
        + " ORDER BY n DESC, township").get(0).get("township");
    late = Sql.rows(city.storage(), "SELECT code, name, planned_start_date FROM projects WHERE stage = 'land_secured'"
        + " AND planned_start_date <= DATE '2026-11-16' ORDER BY code").get(0);
    Users users = new Users(city.storage(), new PasswordHasher(4));
    users.add("town", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
  }

  private static Browser open(String user, String path) {
    Browser browser = Browser.desktop();
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.signIn(city.base(), user, PASSWORD, path);
    assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
    browser.await("window.desk.idle()");
    return browser;
  }

  private static List<String> codes(Browser b, String css) {
    List<String> codes = new ArrayList<>();
    for (WebElement e : b.driver().findElements(By.cssSelector(css))) {
      codes.add(e.getAttribute("data-code"));
    }
    return codes;
  }

  @Test
  void a_township_official_opens_on_their_township_and_sees_who_has_not_reported_this_week() {
    JsonNode expected = city.app().client().signIn("town", PASSWORD).json("/api/desk/dispatch", 200);
    List<String> owed = new ArrayList<>();
    expected.path("missing").forEach(i -> owed.add(i.path("code").asText()));
    assertFalse(owed.isEmpty(), "the demo's reports are dated on the previous reporting day, 11-16");
    try (Browser browser = open("town", "/desk.html")) {
      assertEquals("township:" + township, browser.driver().executeScript("return window.desk.state().scope"));
      assertEquals("township:" + township, browser.attr("[data-testid=figures-panel]", "data-scope"));
      @SuppressWarnings("unchecked")
      List<Long> view = (List<Long>) browser.driver().executeScript(IN_VIEW, township);
      assertEquals(0L, view.get(2), "every feature of the township is in view: " + view);
      JsonNode cityBox = city.app().client().signIn("town", PASSWORD).json("/api/desk/extent?scope=city", 200).path("bbox");
      Object wholeCity = browser.driver().executeScript("const c = arguments[0];"
          + " return window.desk.map.getBounds().contains(L.latLngBounds([[c[1], c[0]], [c[3], c[2]]]));",
          List.of(cityBox.get(0).asDouble(), cityBox.get(1).asDouble(), cityBox.get(2).asDouble(), cityBox.get(3).asDouble()));
      assertEquals(Boolean.FALSE, wholeCity, "the map is zoomed to the township, not the city: " + view);
      assertEquals("true", browser.attr("[data-testid=tab-dispatch]", "aria-selected"));
      assertEquals("2026-11-23", browser.attr("[data-testid=dispatch-list]", "data-due"));
      assertEquals(owed, codes(browser, "[data-testid=dispatch-item]"));
      String summary = browser.textOf("[data-testid=dispatch-summary]", Duration.ofSeconds(5));
      assertTrue(summary.contains("未报"), summary);
      assertTrue(browser.textOf("[data-testid=dispatch-list] h3", Duration.ofSeconds(2)).contains(township));
      browser.screenshot("desk-dispatch-township");

      browser.driver().findElement(By.cssSelector("[data-testid=tab-figures]")).click();
      browser.await("window.desk.idle()");
      String own = "[data-testid=ranking-row][data-own=true]";
      assertEquals(1, browser.driver().findElements(By.cssSelector(own)).size());
      assertEquals(township, browser.attr(own, "data-name"), "the official's own row is marked");
      JsonNode start = city.app().client().signIn("town", PASSWORD).json("/api/figures/rankings?period=week", 200)
          .path("rankings").path("start_rate_pct");
      for (JsonNode place : start) {
        String counts = browser.textOf("[data-testid=ranking-row][data-name='" + place.path("name").asText()
            + "'] [data-testid=ranking-counts]", Duration.ofSeconds(2));
        assertEquals(place.path("part").asInt() + " / " + place.path("whole").asInt(), counts, "开工率 n / m");
      }
      assertFalse(browser.textOf(own + " [data-testid=ranking-change]", Duration.ofSeconds(2)).isEmpty());
      browser.driver().executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", own);
      browser.screenshot("desk-rankings-own-row");
      browser.driver().findElement(By.cssSelector("[data-testid=tab-dispatch]")).click();

      String zone = null;
      for (JsonNode i : expected.path("missing")) {
        if (i.path("kind").asText().equals("zone")) {
          zone = i.path("code").asText();
          break;
        }
      }
      if (zone != null) {
        browser.driver().findElement(By.cssSelector("[data-testid=dispatch-item][data-code='" + zone + "']")).click();
        browser.await("window.desk.idle()");
        assertEquals(zone, browser.attr("[data-testid=zone-panel]", "data-code"));
      }
    }
  }

  @Test
  void a_city_official_searches_the_lagging_list_opens_a_late_project_and_the_map_flies_to_it() {
    String code = (String) late.get("code");
    long days = ChronoUnit.DAYS.between(((java.sql.Date) late.get("planned_start_date")).toLocalDate(), LocalDate.parse("2026-11-20"));
    try (Browser browser = open("city", "/desk.html")) {
      assertEquals("city", browser.driver().executeScript("return window.desk.state().scope"));
      browser.driver().findElement(By.cssSelector("[data-testid=tab-lagging]")).click();
      List<WebElement> items = browser.driver().findElements(By.cssSelector("[data-testid=lagging-item]"));
      assertFalse(items.isEmpty());
      long previous = Long.MAX_VALUE;
      for (WebElement item : items) {
        assertTrue(List.of("red", "amber").contains(item.getAttribute("data-rag")));
        long d = Long.parseLong(item.getAttribute("data-days"));
        assertTrue(d <= previous, "most days late first");
        previous = d;
      }
      browser.type("[data-testid=lagging-sort]", "township");
      browser.await("window.desk.idle()"); // the list is sorted by the server
      assertEquals(Boolean.TRUE, browser.driver().executeScript("const t = [...document.querySelectorAll("
          + "'[data-testid=lagging-item]')].map(e => e.dataset.township);"
          + " return t.length > 1 && t.every((x, i) => i === 0 || t[i - 1].localeCompare(x, 'zh-CN') <= 0);"),
          "sorted by township");
      browser.type("[data-testid=lagging-sort]", "days");
      browser.type("[data-testid=lagging-search]", code.toLowerCase(java.util.Locale.ROOT));
      browser.await("window.desk.idle()");
      assertEquals(List.of(code), codes(browser, "[data-testid=lagging-item]"));
      String css = "[data-testid=lagging-item][data-code='" + code + "']";
      assertEquals("red", browser.attr(css, "data-rag"));
      assertEquals(String.valueOf(days), browser.attr(css, "data-days"), "late since its planned start");
      browser.screenshot("desk-lagging-found");
      Object before = browser.driver().executeScript("return window.desk.map.getCenter().toString()");
      browser.driver().findElement(By.cssSelector(css)).click();
      browser.await("window.desk.idle()");
      assertEquals(code, browser.attr("[data-testid=project-panel]", "data-code"));
      Object centred = browser.driver().executeScript("const m = window.desk.map; let hit = null;"
          + " m.eachLayer(l => { if (l.feature && l.feature.properties.code === arguments[0] && l.getLatLng) hit = l.getLatLng(); });"
          + " return [m.getCenter().distanceTo(hit), m.getZoom(), m.getCenter().toString()];", code);
      List<?> where = (List<?>) centred;
      assertTrue(((Number) where.get(0)).doubleValue() < 200, "the map is centred on the project: " + where);
      assertTrue(((Number) where.get(1)).doubleValue() >= 14, "and zoomed in: " + where);
      assertFalse(before.equals(where.get(2)), "the map moved");
      assertEquals(15L, browser.driver().executeScript("return document.querySelectorAll('[data-testid=desk-legend] li').length"),
          "the legend: six stages, four progress classes, overdue, a photo, a flagged photo, red and yellow flags");
      Object label = browser.driver().executeScript("const e = document.querySelector('.project-label [data-code=\"' + arguments[0] + '\"]');"
          + " return e && e.offsetParent !== null ? e.textContent : null;", code);
      assertEquals(Sql.rows(city.storage(), "SELECT name FROM projects WHERE code = ?", code).get(0).get("name"), label,
          "zoomed in, the project is labelled with its name");
      // labels stand only near the view (DeskViewCacheBrowserTest): each zone in view on exactly one, none twice
      List<String> onLabels = LabelBoxes.membersOnDesk(browser, "zone");
      @SuppressWarnings("unchecked")
      List<String> inView = (List<String>) browser.driver().executeScript("const m = window.desk.map; const out = [];"
          + " const codes = new Set(window.desk.drawnCodes().zones);"
          + " m.eachLayer(l => { if (l.feature && codes.has(l.feature.properties.code) && l.getBounds"
          + "   && m.getBounds().contains(l.getBounds().getCenter())) out.push(l.feature.properties.code); }); return out;");
      assertFalse(inView.isEmpty(), "zones in view");
      assertEquals(new java.util.HashSet<>(onLabels).size(), onLabels.size(), "no zone on two labels: " + onLabels);
      assertTrue(onLabels.containsAll(inView), "every zone in view on a label (labels that would overlap merged, whatever"
          + " their kind): " + inView + " on " + onLabels);
      browser.screenshot("desk-lagging-search");

      // from the desk to the month's bulletin: issue it, download the archived PDF and read it back
      browser.driver().findElement(By.cssSelector("[data-testid=bulletin-link]")).click();
      browser.waitFor("!!document.querySelector('[data-testid=bulletin-body]') && !document.querySelector('[data-testid=bulletin-body]').hidden");
      assertEquals("2026-11", browser.driver().executeScript("return document.querySelector('[data-testid=bulletin-month]').value"));
      browser.driver().findElement(By.cssSelector("[data-testid=bulletin-issue]")).click();
      browser.waitFor("document.querySelectorAll('[data-testid=bulletin-download]').length === 1");
      String pdf = browser.await("fetch(document.querySelector('[data-testid=bulletin-download]').href)"
          + ".then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); });"
          + " return btoa(s); })");
      byte[] bytes = java.util.Base64.getDecoder().decode(pdf.replace("\"", ""));
      assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
      String text = parcelatlas.bulletin.Pdftotext.text(bytes).replaceAll("\\s+", "");
      assertTrue(text.contains("2026年11月") && text.contains("月通报"), text);
      assertTrue(text.contains((String) late.get("name")), "the late project found on the desk is in the bulletin's lagging list");
      browser.screenshot("desk-bulletin-issued");
    }
  }
}
