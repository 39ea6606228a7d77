package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** The import page in Chromium: upload a shapefile without .prj, name its CRS, drop a field, import. */
class ImportBrowserTest {
  private static final String PASSWORD = "import page password";
  private static final Path DATA_DIR = UploadFixtures.dataDir("import-browser");

  @RegisterExtension
  static final DemoApp city = DemoApp.on(TestDatabases::fresh)
      .settings(() -> Map.of("ATLAS_DATA_DIR", DATA_DIR.toString()));

  @BeforeAll
  static void start() {
    new Users(city.storage(), new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
  }

  private static void choose(Browser b, String css, String value) {
    b.driver().executeScript("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
        + " e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
  }

  @Test
  void an_upload_clicked_while_the_page_still_loads_runs_once_it_has_started() throws Exception {
    Path zip = Files.createDirectories(DATA_DIR.resolve("files")).resolve("early.zip");
    Files.write(zip, UploadFixtures.demoZip("parks", ".prj"));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
          "const slowFetch = window.fetch; window.fetch = (url, ...rest) => String(url).includes('/api/config')"
              + " ? new Promise((ok) => setTimeout(ok, 2000)).then(() => slowFetch(url, ...rest)) : slowFetch(url, ...rest);"));
      browser.signIn(city.base(), "plan", PASSWORD, "/import.html");
      choose(browser, "[data-testid=import-layer]", "parks");
      browser.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(zip.toAbsolutePath().toString());
      browser.driver().findElement(By.cssSelector("[data-testid=import-upload]")).click();
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      browser.await("window.importPage.idle()");
      assertEquals(true, browser.driver().executeScript("return document.querySelector('[data-testid=import-error]').hidden"),
          "no script error: " + browser.driver().executeScript("return document.querySelector('[data-testid=import-error]').textContent"));
      assertTrue(browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(5)).contains("缺少 .prj 文件"));
    }
  }

  @Test
  void a_planner_uploads_names_the_missing_crs_drops_a_field_and_imports() throws Exception {
    Path zip = Files.createDirectories(DATA_DIR.resolve("files")).resolve("parks.zip");
    Files.write(zip, UploadFixtures.demoZip("parks", ".prj"));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "plan", PASSWORD, "/import.html");
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      choose(browser, "[data-testid=import-layer]", "parks");
      browser.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(zip.toAbsolutePath().toString());
      browser.driver().findElement(By.cssSelector("[data-testid=import-upload]")).click();
      browser.pause(Duration.ofMillis(200));
      browser.await("window.importPage.idle()");
      assertTrue(browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(5)).contains("缺少 .prj 文件"),
          "the problem in the page's language (code CrsMissing), not the server's English");
      assertEquals(true, browser.driver().executeScript("return document.querySelector('[data-testid=import-commit]').disabled"));

      choose(browser, "[data-testid=import-crs]", "EPSG:4527");
      browser.await("window.importPage.idle()");
      choose(browser, "select[data-source='英文名称']", "");
      browser.await("window.importPage.idle()");
      assertEquals("0", browser.attr("[data-testid=import-problems]", "data-count"),
          browser.textOf("[data-testid=import-problems]", Duration.ofSeconds(1)));
      assertEquals("7", browser.attr("[data-testid=import-map]", "data-features"));
      assertTrue(browser.textOf("[data-testid=import-crs-source]", Duration.ofSeconds(1)).contains("手动指定"));
      assertEquals("true", browser.driver().executeScript("return document.querySelector(\"tr[data-source='英文名称']\").dataset.ignored"));
      browser.screenshot("import-preview-adjusted");
      String selected = "return document.querySelector(\"select[data-source='园区名称']\").selectedOptions[0].textContent";
      assertTrue(String.valueOf(browser.driver().executeScript(selected)).startsWith("园区名称 name"),
          "the portal field shows its Chinese label with its id");
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      assertEquals("Name · name *", String.valueOf(browser.driver().executeScript(selected)),
          "English mode names the field in English, then its id");
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();

      browser.driver().findElement(By.cssSelector("[data-testid=import-commit]")).click();
      browser.pause(Duration.ofMillis(200));
      browser.await("window.importPage.idle()");
      assertEquals("success", browser.attr("[data-testid=import-result]", "data-state"),
          browser.textOf("[data-testid=import-result]", Duration.ofSeconds(1)));
      assertTrue(browser.textOf("[data-testid=import-result]", Duration.ofSeconds(5)).contains("7"));
      browser.screenshot("import-result");
    }
    assertEquals(7, Sql.count(city.storage(), "parks"));
    assertEquals(0, Sql.count(city.storage(), "parks WHERE name_en IS NOT NULL"), "the dropped field stayed out");
    assertEquals(0, Sql.count(city.storage(), "import_uploads"));
    assertEquals(1, Sql.count(city.storage(), "imports WHERE imported_by = 'plan' AND source_crs = 'EPSG:4527'"));
  }
}
