package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** The import page in Chromium: problems grouped in Chinese, refused records on the map, the diff confirmed. */
class ImportHelpBrowserTest {
  private static final String PASSWORD = "import help page password";
  private static final Path DATA_DIR = UploadFixtures.dataDir("import-help-browser");

  @RegisterExtension
  static final DemoApp city = DemoApp.on(TestDatabases::fresh)
      .settings(() -> Map.of("ATLAS_DATA_DIR", DATA_DIR.toString()));

  @BeforeAll
  static void start() {
    new Users(city.storage(), new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
  }

  private static Path parks(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
    ObjectNode file = (ObjectNode) ApiClient.parse(new String(UploadFixtures.demoFile("parks.geojson"), StandardCharsets.UTF_8));
    change.accept(file);
    Path path = Files.createDirectories(DATA_DIR.resolve("files")).resolve(name);
    Files.write(path, Json.MAPPER.writeValueAsBytes(file));
    return path;
  }

  private static void upload(Browser browser, Path file) {
    upload(browser, "parks", file);
  }

  private static void upload(Browser browser, String layer, Path file) {
    browser.driver().executeScript("const e = document.querySelector('[data-testid=import-layer]'); e.value = arguments[0];"
        + " e.dispatchEvent(new Event('change', {bubbles: true}));", layer);
    browser.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(file.toAbsolutePath().toString());
    browser.driver().findElement(By.cssSelector("[data-testid=import-upload]")).click();
    browser.pause(Duration.ofMillis(200));
    browser.await("window.importPage.idle()");
  }

  private static void commit(Browser browser) {
    browser.driver().findElement(By.cssSelector("[data-testid=import-commit]")).click();
    browser.pause(Duration.ofMillis(200));
    browser.await("window.importPage.idle()");
  }

  @Test
  void problems_are_grouped_in_chinese_refused_parks_are_marked_and_a_reimport_is_confirmed_before_it_lands()
      throws Exception {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "plan", PASSWORD, "/import.html");
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      upload(browser, parks("parks.geojson", file -> { }));
      commit(browser);
      assertEquals("success", browser.attr("[data-testid=import-result]", "data-state"));

      upload(browser, parks("bad-parks.geojson", file -> {
        for (int i = 0; i < 3; i++) {
          ((ObjectNode) file.get("features").get(i).get("properties")).put("level", "宇宙级");
        }
      }));
      String problems = browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(5));
      assertTrue(problems.contains("无法识别的值：3 处"), problems);
      assertTrue(problems.contains("宇宙级"), "the examples name the value: " + problems);
      assertEquals(1L, browser.driver().executeScript("return document.querySelectorAll('[data-testid=problem-group]').length"));
      assertEquals("3", browser.attr("[data-testid=import-map]", "data-refused"));
      assertEquals("7", browser.attr("[data-testid=import-map]", "data-features"));
      assertEquals(true, browser.driver().executeScript("return window.importPage.openRefusedTooltip()"));
      assertTrue(browser.textOf(".refused-tip", Duration.ofSeconds(5)).contains("宇宙级"));
      browser.screenshot("import-help-refused-on-map");
      browser.driver().executeScript("document.querySelector('[data-testid=import-problems]').scrollIntoView()");
      browser.screenshot("import-help-grouped-problems");
      browser.driver().executeScript("document.querySelector('[data-testid=constant-field]').value = 'level';"
          + " document.querySelector('[data-testid=constant-value]').value = 'national';");
      browser.driver().findElement(By.cssSelector("[data-testid=constant-add]")).click();
      browser.pause(Duration.ofMillis(200));
      browser.await("window.importPage.idle()");
      assertEquals("0", browser.attr("[data-testid=import-problems]", "data-count"),
          "one value for every park's level clears the problems: "
          + browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(1)));
      assertEquals("0", browser.attr("[data-testid=import-map]", "data-refused"));
      assertTrue(browser.textOf("[data-testid=constant-list]", Duration.ofSeconds(5)).contains("national"));
      browser.driver().findElement(By.cssSelector("[data-testid=import-discard]")).click();
      browser.await("window.importPage.idle()");

      upload(browser, parks("renamed-parks.geojson", file ->
          ((ObjectNode) file.get("features").get(0).get("properties")).put("name", "青岚新能源产业园（新名）")));
      String diff = browser.textOf("[data-testid=import-diff]", Duration.ofSeconds(5));
      assertTrue(diff.contains("新增 0，变更 1，不变 6"), diff);
      assertTrue(diff.contains("→ 青岚新能源产业园（新名）"), diff);
      assertEquals(true, browser.driver().executeScript("return document.querySelector('[data-testid=import-commit]').disabled"),
          "not before the diff is confirmed");
      browser.driver().findElement(By.cssSelector("[data-testid=import-confirm]")).click();
      assertEquals(false, browser.driver().executeScript("return document.querySelector('[data-testid=import-commit]').disabled"));
      browser.driver().executeScript("document.querySelector('[data-testid=import-diff]').scrollIntoView()");
      browser.screenshot("import-help-diff-confirmation");
      commit(browser);
      assertEquals("success", browser.attr("[data-testid=import-result]", "data-state"),
          browser.textOf("[data-testid=import-result]", Duration.ofSeconds(1)));
    }
    assertEquals(1, Sql.count(city.storage(), "parks WHERE name = '青岚新能源产业园（新名）'"));
    assertEquals(7, Sql.count(city.storage(), "parks"));
  }

  @Test
  void the_preview_words_its_warnings_in_the_page_language() throws Exception {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "plan", PASSWORD, "/import.html");
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      upload(browser, parks("odd-industry-parks.geojson", file ->
          ((ObjectNode) file.get("features").get(1).get("properties")).put("leading_industries", "量子烹饪")));
      browser.waitFor("document.querySelectorAll('[data-testid=import-warning]').length > 0");
      String zh = browser.textOf("[data-testid=import-warning][data-code=IndustriesUnmapped]", Duration.ofSeconds(5));
      assertTrue(zh.contains("1 条记录的产业文字") && zh.contains("“量子烹饪”（1 条）"), zh);
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      browser.waitFor("document.querySelector('[data-testid=import-warning]').textContent.startsWith('Industry texts')");
      String en = browser.textOf("[data-testid=import-warning][data-code=IndustriesUnmapped]", Duration.ofSeconds(5));
      assertTrue(en.contains("of 1 records") && en.contains("“量子烹饪” (1)"), en);
      browser.driver().findElement(By.cssSelector("[data-testid=import-discard]")).click();
      browser.await("window.importPage.idle()");
    }
  }

  /** Texts of the mapping, the layer choice and the preview map that hold Han characters (the file's own excepted). */
  private static Object chineseShown(Browser browser) {
    return browser.driver().executeScript("const han = /[\\u3400-\\u9fff\\uff00-\\uffef]/;"
        + " return [...document.querySelectorAll('[data-testid=mapping-select] option, [data-testid=constant-field] option,"
        + " [data-testid=import-layer] option, [data-testid=import-map] .context-label, [data-testid=import-unmapped]')]"
        + ".map((e) => e.textContent)"
        + ".concat([document.querySelector('[data-testid=import-map]').getAttribute('aria-label')])"
        + ".filter((text) => han.test(text))");
  }

  /**
   * Location-context points are a layer like the others (issue 12, item 4): the page offers it, its
   * preview draws the points, and in English the portal fields, the layer and the basemap's labels
   * read in English (the source fields and samples are the file's own).
   */
  @Test
  void context_points_are_imported_from_the_page_and_the_english_page_names_its_fields_in_english()
      throws Exception {
    Path file = Files.write(Files.createDirectories(DATA_DIR.resolve("files")).resolve("context_points.geojson"),
        UploadFixtures.demoFile("context_points.geojson"));
    ObjectNode odd = (ObjectNode) ApiClient.parse(new String(UploadFixtures.demoFile("context_points.geojson"),
        StandardCharsets.UTF_8));
    ((ObjectNode) odd.get("features").get(0).get("properties")).put("kind", "volcano");
    Path bad = Files.write(DATA_DIR.resolve("files").resolve("odd_points.geojson"), Json.MAPPER.writeValueAsBytes(odd));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "plan", PASSWORD, "/import.html?lang=en");
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      assertEquals(1L, browser.driver().executeScript(
          "return document.querySelectorAll('[data-testid=import-layer] option[value=context-points]').length"));
      upload(browser, "context-points", bad);
      String problems = browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(5));
      assertTrue(problems.contains("volcano") && !problems.matches("(?s).*[\\u3400-\\u9fff].*"),
          "the problems in English: " + problems);
      browser.driver().findElement(By.cssSelector("[data-testid=import-discard]")).click();
      browser.await("window.importPage.idle()");
      upload(browser, "context-points", file);
      assertEquals("19", browser.attr("[data-testid=import-map]", "data-features"));
      assertEquals("0", browser.attr("[data-testid=import-map]", "data-refused"));
      assertEquals(List.of(), chineseShown(browser), "Chinese in the English import page");
      commit(browser);
      assertEquals("success", browser.attr("[data-testid=import-result]", "data-state"),
          browser.textOf("[data-testid=import-result]", Duration.ofSeconds(1)));
      assertEquals(19, Sql.count(city.storage(), "context_points"));
      // again: the diff finds nothing changed, and the stored points label the preview's offline basemap in English
      upload(browser, "context-points", file);
      assertTrue(browser.textOf("[data-testid=import-diff]", Duration.ofSeconds(5)).contains("0 new, 0 changed, 19 unchanged"));
      browser.waitFor("document.querySelectorAll('[data-testid=import-map] .context-label').length > 0");
      assertEquals(List.of(), chineseShown(browser), "Chinese in the English import page");
      browser.screenshot("import-context-points-en");
      browser.driver().findElement(By.cssSelector("[data-testid=import-discard]")).click();
      browser.await("window.importPage.idle()");
    }
  }
}
