package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * Every public and staff page in English mode on the demo city, in Chromium: no visible text may
 * contain Chinese except proper names without an English form. The allowed names are read from
 * the database ({@link EnglishAllowList}): a park's name, address, contact or summary only when
 * its English field is empty, a plot's industry text only when it has neither an English text
 * nor a catalogue category, and the texts of tables that have no English fields (projects, zones,
 * people, enquiries, issues). The test prints every Chinese text it found, allowed or not, and
 * checks that plot codes in the lists take one line.
 */
class EnglishThroughoutBrowserTest {
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  private static String parcel;

  @BeforeAll
  static void start() {
    parcel = (String) Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " AND park_code = 'QL-P06' ORDER BY code").get(0).get("code");
    assertEquals(201, city.app().post("/api/investor/enquiries", "application/json", "{\"parcel_code\": \"" + parcel
        + "\", \"name\": \"陈总\", \"contact\": \"0512-66881234\", \"message\": \"需要 50 亩工业用地\"}").statusCode());
    ApiClient admin = city.app().staff();
    assertEquals(200, admin.send("PUT", "/api/admin/contest/weights", "application/json",
        "{\"weights\": {\"start_rate_pct\": 20, \"investment_rate_pct\": 20, \"production_rate_pct\": 15,"
            + " \"intensity_wan_per_mu\": 10, \"tax_wan_per_mu\": 10, \"signed_pct\": 10, \"demolished_pct\": 10,"
            + " \"cleared_pct\": 5}, \"red\": 1, \"yellow\": 1}").statusCode());
    int published = admin.post("/api/admin/contest/2026Q3/publish", "application/json", "{}").statusCode();
    assertTrue(published == 200 || published == 201, "publishing 2026Q3: " + published);
  }

  @Test
  void no_page_shows_chinese_in_english_mode_except_names_without_an_english_form() {
    EnglishAllowList allowed = EnglishAllowList.read(city.storage());
    Map<String, List<String>> found = new LinkedHashMap<>();
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      visit(browser, found, "login", "/login.html?lang=en", "document.readyState === 'complete'", null);
      visit(browser, found, "investor", "/?lang=en", "window.investor && window.investor.ready", null);
      visit(browser, found, "investor-parcel", "/?lang=en&parcel=" + parcel,
          "window.investor && window.investor.ready",
          "window.investor.select('" + parcel + "').then(() => window.investor.idle())");
      assertCodesOnOneLine(browser, ".row-code");
      visit(browser, found, "investor-match", "/?lang=en", "window.investor && window.investor.ready",
          "window.investor.match({min_mu: 20, max_mu: 200})");
      assertCodesOnOneLine(browser, ".match-code");
      visit(browser, found, "sheet", "/sheet.html?lang=en&code=" + parcel, "window.sheet && window.sheet.ready", null);
      visit(browser, found, "contest", "/contest.html?lang=en&quarter=2026Q3&of=parks",
          "document.body.dataset.ready === 'true'", null);
      city.signInStaff(browser, "/overview.html?lang=en");
      visit(browser, found, "overview", "/overview.html?lang=en", "window.atlas && window.atlas.ready", null);
      Object parkId = Sql.rows(city.storage(), "SELECT id FROM parks WHERE code = 'QL-P06'").get(0).get("id");
      visit(browser, found, "overview-park", "/overview.html?lang=en", "window.atlas && window.atlas.ready",
          "window.atlas.openPopup('parks', '" + parkId + "') || Promise.reject('no park popup')");
      visit(browser, found, "contest-staff", "/contest.html?lang=en&quarter=2026Q3&of=parks",
          "document.body.dataset.ready === 'true'", null);
      visit(browser, found, "leads", "/leads.html?lang=en", "window.leadsPage && window.leadsPage.ready", null);
      visit(browser, found, "export", "/export.html?lang=en", "window.exportPage && window.exportPage.ready", null);
      visit(browser, found, "import", "/import.html?lang=en", "window.importPage && window.importPage.ready", null);
      visit(browser, found, "desk", "/desk.html?lang=en", "window.desk && window.desk.ready", null);
      String project = (String) Sql.rows(city.storage(), "SELECT code FROM projects WHERE park_code = 'QL-P06'"
          + " ORDER BY code").get(0).get("code");
      visit(browser, found, "desk-project", "/desk.html?lang=en", "window.desk && window.desk.ready",
          "window.desk.openProject('" + project + "').then(() => window.desk.idle())");
      visit(browser, found, "desk-zone", "/desk.html?lang=en", "window.desk && window.desk.ready",
          "window.desk.openZone('QL-Z01').then(() => window.desk.idle())");
      visit(browser, found, "admin", "/admin.html?lang=en", "window.adminReady === true", null);
      visit(browser, found, "bulletin", "/bulletin.html?lang=en", "document.readyState === 'complete'", null);
    }
    List<String> refused = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, List<String>> page : found.entrySet()) {
      for (String text : page.getValue()) {
        total++;
        String left = allowed.strip(text);
        boolean ok = !CJK.matcher(left).find();
        System.out.println("[english] " + page.getKey() + (ok ? " allowed: " : " CHINESE: ") + text);
        if (!ok) {
          refused.add(page.getKey() + ": " + text);
        }
      }
    }
    System.out.println("[english] " + total + " Chinese texts found, " + refused.size() + " not proper names");
    assertTrue(refused.isEmpty(), refused.size() + " Chinese texts in English mode:\n" + String.join("\n", refused));
  }

  /**
   * Opens the page, waits for its ready flag (and an optional action), lets late requests settle,
   * takes a screenshot and collects the visible texts that contain Chinese.
   */
  private static void visit(Browser browser, Map<String, List<String>> found, String name, String path,
      String ready, String action) {
    browser.driver().get(city.base() + path);
    browser.waitFor("!!(" + ready + ")");
    String readyValue = browser.await(ready);
    assertTrue(!readyValue.startsWith("ERROR"), name + ": " + readyValue);
    if (action != null) {
      String done = browser.await(action);
      assertTrue(!done.startsWith("ERROR"), name + ": " + done);
    }
    browser.pause(Duration.ofMillis(1500));
    browser.screenshot("english-" + name);
    List<String> texts = new ArrayList<>();
    ApiClient.parse(browser.await(COLLECT)).forEach(n -> texts.add(n.asText()));
    found.put(name, texts);
  }

  /** Every plot code shown in a list takes one line (it once broke at each hyphen, four lines high). */
  private static void assertCodesOnOneLine(Browser browser, String css) {
    Object lines = browser.driver().executeScript("return [...document.querySelectorAll(arguments[0])]"
        + ".filter((e) => e.getClientRects().length > 0).map((e) => { const r = document.createRange();"
        + " r.selectNodeContents(e); const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));"
        + " return e.textContent + ' ' + tops.size; })", css);
    List<?> shown = (List<?>) lines;
    assertTrue(!shown.isEmpty(), "no " + css + " shown");
    for (Object line : shown) {
      assertTrue(String.valueOf(line).endsWith(" 1"), css + " wraps: " + shown);
    }
  }

  /** Visible text nodes, option texts, placeholders and titles that contain Han characters. */
  private static final String COLLECT = "(() => {"
      + " const han = /[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]/; const out = new Set();"
      + " const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
      + " for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
      + "   const text = n.textContent.trim(); if (!text || !han.test(text)) continue;"
      + "   const e = n.parentElement; if (!e || e.closest('script,style,template')) continue;"
      + "   const option = e.closest('option, optgroup, datalist');"
      + "   if (option) { const holder = e.closest('select, datalist');"
      + "     if (holder && holder.tagName === 'SELECT' && holder.getClientRects().length === 0) continue;"
      + "     if (holder && holder.tagName === 'DATALIST') { out.add(text); continue; } out.add(text); continue; }"
      + "   if (e.getClientRects().length === 0) continue;"
      + "   const style = getComputedStyle(e); if (style.visibility === 'hidden' || style.display === 'none') continue;"
      + "   out.add(text); }"
      + " document.querySelectorAll('[placeholder], [title], [aria-label]').forEach((e) => {"
      + "   if (e.getClientRects().length === 0) return;"
      + "   ['placeholder', 'title', 'aria-label'].forEach((a) => { const v = e.getAttribute(a);"
      + "     if (v && han.test(v)) out.add(v.trim()); }); });"
      + " if (han.test(document.title)) out.add(document.title);"
      + " return [...out]; })()";
}
