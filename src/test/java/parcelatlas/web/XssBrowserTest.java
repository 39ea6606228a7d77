package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * HTML in every text from data ({@link XssFixtures}) never runs, on any page, for anyone: each page
 * is opened in Chromium, its map features hovered and clicked (tooltips, popups, panels), its lists,
 * panels, compare table, charts and tables shown; then no payload has run ({@code top.__xss} unset),
 * no markup from data was parsed into the page (no {@code img[src=x]}, no {@code on…} attributes, no
 * inline script), the browser reported no Content-Security-Policy violation (one would mean markup
 * from data was parsed, or that the policy breaks the page), and names show as literal text.
 */
class XssBrowserTest {
  private static final String OFFICIAL = "city";
  private static final String PASSWORD = "the desk at night password";
  /** Installed before any page script: records what the Content-Security-Policy blocked. */
  private static final String WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
      + " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')), true);";
  private static final String INTERACT = "const [limit, click, done] = arguments; (async () => {"
      + " const pause = (ms) => new Promise((r) => setTimeout(r, ms));"
      + " const targets = [...document.querySelectorAll('.leaflet-interactive')].slice(0, limit);"
      + " for (const t of targets) { if (!t.isConnected) continue; const b = t.getBoundingClientRect();"
      + "  const o = { bubbles: true, cancelable: true, view: window, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 };"
      + "  t.dispatchEvent(new MouseEvent('mouseover', o)); t.dispatchEvent(new MouseEvent('mousemove', o)); await pause(15);"
      + "  if (click) { t.dispatchEvent(new MouseEvent('click', o)); await pause(40); }"
      + "  t.dispatchEvent(new MouseEvent('mouseout', o)); }"
      + " await pause(300); done(targets.length); })().catch((e) => done('ERROR ' + e));";
  @RegisterExtension
  static final DemoApp city = new DemoApp();
  private static String parcel;
  private static String parkId;
  private static Map<String, Object> project;

  @BeforeAll
  static void start() {
    XssFixtures.importLayers(city.storage(), Path.of("target/xss-fixtures"));
    XssFixtures.poisonProgress(city.storage());
    RunningApp.withStaff(city.storage());
    new Users(city.storage(), new PasswordHasher(4)).add(OFFICIAL, Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    XssFixtures.typeThroughApi(city.storage(), city.app().client().signIn(OFFICIAL, PASSWORD), city.app().client());
    for (parcelatlas.catalog.Layer layer : parcelatlas.catalog.Layer.values()) {
      assertEquals(1, Sql.count(city.storage(), layer.table() + " WHERE code = 'XSS" + XssFixtures.IMG + "'"), layer.id());
    }
    parcel = (String) Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status = 'listed' ORDER BY code").get(0).get("code");
    parkId = Sql.rows(city.storage(), "SELECT id FROM parks ORDER BY code").get(0).get("id").toString();
    project = Sql.rows(city.storage(), "SELECT code, name FROM projects ORDER BY code").get(0);
  }

  @Test
  void no_text_from_data_runs_on_any_page_for_an_anonymous_visitor() {
    try (Browser browser = watched()) {
      visitEveryPage(browser, false);
    }
  }

  @Test
  void no_text_from_data_runs_on_any_page_for_an_admin() {
    try (Browser browser = watched()) {
      city.signInStaff(browser, "/desk.html");
      visitEveryPage(browser, true);
    }
  }

  @Test
  void a_project_name_on_the_desk_map_is_shown_as_the_text_it_is() {
    try (Browser browser = watched()) {
      city.signInStaff(browser, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      // zoomed to the project, so its label stands alone (labels that would overlap are merged)
      browser.driver().executeScript("window.__project = arguments[0]", project.get("code"));
      assertFalse(browser.await("window.desk.openProject(window.__project)").startsWith("ERROR"));
      String path = "path[data-code='" + project.get("code") + "']";
      Object tip = browser.driver().executeScript("const t = document.querySelector(arguments[0]);"
          + " const b = t.getBoundingClientRect(); const o = { bubbles: true, view: window,"
          + " clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 };"
          + " t.dispatchEvent(new MouseEvent('mouseover', o)); t.dispatchEvent(new MouseEvent('mousemove', o));"
          + " const tip = document.querySelector('.project-label [data-code=\"' + arguments[1] + '\"]');"
          + " return tip ? tip.textContent : null;", path, project.get("code"));
      assertEquals(project.get("name"), tip, "the label shows the name as text");
      assertEquals(project.get("name"), browser.driver().executeScript(
          "return document.querySelector(arguments[0] + ' > title').textContent", path), "and so does its hover title");
      browser.pause(Duration.ofMillis(300));
      assertClean(browser, "/desk.html tooltip");
    }
  }

  private static Browser watched() {
    Browser browser = Browser.desktop();
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    return browser;
  }

  private static void visitEveryPage(Browser b, boolean staff) {
    open(b, "/", "window.investor.ready");
    interact(b, 40, true);
    b.await("window.investor.select('XSS" + XssFixtures.IMG + "')");
    b.await("window.investor.select('" + parcel + "')");
    b.await("window.investor.match({min_mu: 1, max_mu: 500})");
    List<?> codes = (List<?>) b.driver().executeScript("return window.investor.listCodes().slice(0, 3)");
    codes.forEach(code -> b.driver().executeScript("window.investor.toggleCompare(arguments[0])", code));
    b.await("window.investor.openCompare()");
    assertShowsLiterally(b, "/");
    assertClean(b, "/");

    for (String code : List.of(parcel, "XSS" + XssFixtures.IMG)) {
      open(b, "/sheet.html?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8),
          "window.sheet.ready");
      assertShowsLiterally(b, "/sheet.html");
      assertClean(b, "/sheet.html");
    }

    open(b, "/export.html", "window.exportPage.ready");
    interact(b, 20, false);
    assertClean(b, "/export.html");

    for (String ogc : ogcPages(staff)) {
      open(b, ogc, ogc.contains("/items") ? "window.ogcMap.ready" : null);
      assertClean(b, ogc);
    }
    assertShowsLiterally(b, "/ogc items");
    if (!staff) {
      for (String page : List.of("/overview.html", "/desk.html", "/admin.html", "/import.html", "/leads.html")) {
        open(b, page, null);
        assertClean(b, page);
      }
      return;
    }
    open(b, "/overview.html", "window.atlas.ready");
    interact(b, 60, true);
    assertClean(b, "/overview.html");

    open(b, "/desk.html", "window.desk.ready");
    interact(b, 80, true);
    b.await("window.desk.openProject('" + project.get("code") + "')");
    b.driver().executeScript("window.desk.setTab('figures')");
    b.await("window.desk.setRankingsOf('townships')");
    b.await("window.desk.idle()");
    assertShowsLiterally(b, "/desk.html");
    assertClean(b, "/desk.html");

    open(b, "/admin.html", null);
    b.pause(Duration.ofSeconds(2));
    assertClean(b, "/admin.html");

    open(b, "/leads.html", "window.leadsPage.ready");
    b.waitFor("document.querySelector('[data-testid=lead-item] button') !== null");
    b.driver().findElement(By.cssSelector("[data-testid=lead-item] button")).click();
    b.pause(Duration.ofSeconds(1));
    assertShowsLiterally(b, "/leads.html");
    assertClean(b, "/leads.html");

    open(b, "/import.html", "window.importPage.ready");
    b.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(poisonedUpload().toString());
    b.driver().findElement(By.cssSelector("[data-testid=import-upload]")).click();
    b.pause(Duration.ofMillis(300));
    b.await("window.importPage.idle()");
    interact(b, 10, false);
    assertShowsLiterally(b, "/import.html");
    assertClean(b, "/import.html");
  }

  private static List<String> ogcPages(boolean staff) {
    List<String> pages = new ArrayList<>(List.of("/ogc?f=html", "/ogc/collections?f=html",
        "/ogc/collections/parks?f=html", "/ogc/collections/parks/items/" + parkId + "?f=html",
        "/ogc/collections/parcels/items?f=html&limit=30", "/ogc/api?f=html", "/ogc/collections/nope?f=html",
        "/ogc/collections/parks/items?f=html"));
    if (staff) {
      pages.add("/ogc/collections/projects/items?f=html&limit=30");
      pages.add("/ogc/collections/demolition-zones/items?f=html&limit=30");
    }
    return pages;
  }

  /** Parks as GeoJSON with payloads in a value and in the name of a field, for the import page's preview. */
  private static Path poisonedUpload() {
    try {
      String text = Files.readString(Path.of("target/xss-fixtures/parks.geojson"))
          .replace("\"summary\"", "\"" + XssFixtures.IMG.replace("\"", "\\\"") + "\"");
      return Files.writeString(Path.of("target/xss-fixtures/upload-parks.geojson"), text).toAbsolutePath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void open(Browser b, String path, String ready) {
    b.driver().get(city.base() + path);
    if (ready != null) {
      String global = ready.substring(0, ready.lastIndexOf('.'));
      String result = b.await("new Promise((resolve, reject) => { const until = Date.now() + 15000;"
          + " const wait = () => " + global + " ? resolve(" + ready + ") : Date.now() > until"
          + " ? reject(new Error('no " + global + "')) : setTimeout(wait, 50); wait(); })");
      assertFalse(result.startsWith("ERROR"), path + ": " + result);
    } else {
      b.pause(Duration.ofSeconds(1));
    }
  }

  private static void interact(Browser b, int limit, boolean click) {
    Object n = b.driver().executeAsyncScript(INTERACT, limit, click);
    assertFalse(String.valueOf(n).startsWith("ERROR"), String.valueOf(n));
  }

  /** No payload ran, no markup from data was parsed, the policy blocked nothing. */
  private static void assertClean(Browser b, String where) {
    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) b.driver().executeScript("return { xss: String(top.__xss),"
        + " parsed: document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], [onload], script:not([src])').length,"
        + " csp: [...new Set(window.__csp || [])] };");
    b.screenshot("xss-" + where.replaceAll("[^a-z0-9]+", "-"));
    assertEquals("undefined", seen.get("xss"), where + ": a payload ran");
    assertEquals(0L, ((Number) seen.get("parsed")).longValue(), where + ": markup from data was parsed into the page");
    assertEquals(List.of(), seen.get("csp"), where + ": Content-Security-Policy violations");
  }

  private static void assertShowsLiterally(Browser b, String where) {
    String text = String.valueOf(b.driver().executeScript("return document.body.innerText"));
    assertTrue(text.contains(XssFixtures.IMG), where + " shows names as the text they are");
  }
}
