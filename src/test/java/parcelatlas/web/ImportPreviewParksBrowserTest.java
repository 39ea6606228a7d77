package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * The import preview map outlines the parks already stored under the file's features (the audit of
 * issue 10 found it drew none), from the parks vector tiles and never the parks layer, with a key
 * saying which lines are which, in Chinese and English.
 */
class ImportPreviewParksBrowserTest {
  private static final String PASSWORD = "import preview password";
  private static final Path DATA_DIR = UploadFixtures.dataDir("import-preview-parks");

  @RegisterExtension
  static final DemoApp city = new DemoApp()
      .settings(() -> Map.of("ATLAS_DATA_DIR", DATA_DIR.toString()));

  @BeforeAll
  static void start() {
    new Users(city.storage(), new PasswordHasher(4)).add("preview.planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
  }

  @Test
  void the_preview_map_outlines_the_stored_parks_from_tiles_under_the_files_features() throws Exception {
    Path zip = Files.createDirectories(DATA_DIR.resolve("files")).resolve("parcels.zip");
    Files.write(zip, UploadFixtures.demoZip("parcels"));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "preview.planner", PASSWORD, "/import.html");
      assertFalse(browser.await("window.importPage.ready").startsWith("ERROR"));
      browser.driver().executeScript("const e = document.querySelector('[data-testid=import-layer]'); e.value = 'parcels';"
          + " e.dispatchEvent(new Event('change', {bubbles: true}));");
      browser.driver().findElement(By.cssSelector("[data-testid=import-file]")).sendKeys(zip.toAbsolutePath().toString());
      browser.driver().findElement(By.cssSelector("[data-testid=import-upload]")).click();
      browser.pause(Duration.ofMillis(200));
      browser.await("window.importPage.idle()");
      browser.waitFor("window.importPage.parksDrawn().length > 0");
      Set<String> drawn = new TreeSet<>();
      ((List<?>) browser.driver().executeScript("return window.importPage.parksDrawn()")).forEach(c -> drawn.add(String.valueOf(c)));
      Set<String> stored = new TreeSet<>();
      Sql.rows(city.storage(), "SELECT code FROM parks").forEach(r -> stored.add(String.valueOf(r.get("code"))));
      assertTrue(stored.containsAll(drawn) && !drawn.isEmpty(), "outlines of stored parks: " + drawn);
      @SuppressWarnings("unchecked")
      List<Object> parkItems = (List<Object>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".map(e => e.name).filter(n => n.includes('/ogc/collections/parks/items'))");
      assertEquals(List.of(), parkItems, "the parks come from their tiles, not the layer");
      assertTrue(browser.textOf("[data-testid=import-map-key]", Duration.ofSeconds(5)).contains("已入库的园区边界"));
      browser.screenshot("import-preview-parks");
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      assertTrue(browser.textOf("[data-testid=import-map-key]", Duration.ofSeconds(5)).contains("the parks already stored"));
    }
  }
}
