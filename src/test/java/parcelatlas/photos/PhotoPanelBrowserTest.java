package parcelatlas.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
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
import parcelatlas.testing.Sql;

/**
 * Site photos in the desk's project panel, in Chromium: a photo attached earlier shows as a
 * thumbnail with its flag in Chinese, and the township's official attaches a phone photo (a test
 * JPEG with EXIF GPS and time) through the panel's file input; a file that is not an image is
 * refused with the page's own text and nothing is stored. An open issue takes a photo the same way
 * (sent as a multipart form), shown in its row and as a marker on the map where it was taken.
 */
class PhotoPanelBrowserTest {
  private static final String PASSWORD = "photo panel password";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  private static Map<String, Object> project;
  /** Another project of the same township, whose new issue gets a photo (the first test counts its project's photos). */
  private static Map<String, Object> issueProject;
  private static int issueSeq;

  @BeforeAll
  static void start() {
    project = Sql.rows(city.storage(), "SELECT code, township, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM projects"
        + " WHERE township IS NOT NULL ORDER BY code").get(0);
    new Users(city.storage(), new PasswordHasher(4)).add("owner", Role.OFFICIAL, (String) project.get("township"), null,
        PASSWORD.toCharArray());
    issueProject = Sql.rows(city.storage(), "SELECT code, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM projects WHERE township = ?"
        + " AND code <> ? ORDER BY code", project.get("township"), project.get("code")).get(0);
    String code = (String) issueProject.get("code");
    issueSeq = ((Number) Sql.rows(city.storage(), "SELECT COALESCE(MAX(i.seq), 0) + 1 AS seq FROM project_issues i"
        + " JOIN projects p ON p.id = i.project_id WHERE p.code = ?", code).get(0).get("seq")).intValue();
    city.storage().inTransaction(c -> {
      new parcelatlas.storage.ProgressTables(c).addIssue(code, issueSeq, "围挡破损未修复", java.time.LocalDate.parse("2026-11-18"),
          "施工单位", null, null);
      return null;
    });
  }

  private static long photos(String code) {
    return Sql.count(city.storage(), "photos WHERE project_code = '" + code.replace("'", "''") + "'");
  }

  private static void choose(Browser b, Path file) {
    WebElement input = b.driver().findElement(By.cssSelector("[data-testid=photo-input]"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private static String awaitStatus(Browser b, String state) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!state.equals(b.attr("[data-testid=photo-status]", "data-state")) && System.nanoTime() < until) {
      b.pause(Duration.ofMillis(100));
    }
    String text = b.textOf("[data-testid=photo-status]", Duration.ofSeconds(1));
    assertEquals(state, b.attr("[data-testid=photo-status]", "data-state"), text);
    return text;
  }

  @Test
  void the_township_sees_flagged_photos_and_attaches_one_from_the_phone() throws IOException {
    String code = (String) project.get("code");
    double lon = ((Number) project.get("lon")).doubleValue();
    double lat = ((Number) project.get("lat")).doubleValue();
    byte[] far = TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-11-19T10:00:00"), lon + 0.05, lat, 1);
    assertEquals(201, city.app().client().signIn("owner", PASSWORD).postBytes("/api/desk/projects/" + code + "/photos",
        "image/jpeg", far).statusCode());
    Path dir = Files.createDirectories(Path.of("target/photo-uploads"));
    Path phone = Files.write(dir.resolve("IMG_0001.jpg"),
        TestPhotos.jpeg(400, 300, LocalDateTime.parse("2026-11-20T09:00:00"), lon, lat, 1));
    Path notImage = Files.writeString(dir.resolve("IMG_0002.jpg"), "not an image at all");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "owner", PASSWORD, "/desk.html?as_of=2026-11-20");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.openProject('" + code + "')");
      String flag = browser.textOf("[data-testid=photo-strip] [data-flag=far_from_site]", Duration.ofSeconds(10));
      assertEquals("拍摄地点远离现场", flag);

      choose(browser, notImage);
      assertTrue(awaitStatus(browser, "error").contains("照片须为"), "the refusal in the page's language");
      assertEquals(1, photos(code), "a refused file is not stored");

      choose(browser, phone);
      awaitStatus(browser, "done");
      assertEquals(2, photos(code));
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (browser.driver().findElements(By.cssSelector("[data-testid=photo-strip] [data-testid=photo] img")).size() < 2
          && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals(2, browser.driver().findElements(By.cssSelector("[data-testid=photo-strip] [data-testid=photo] img")).size());
      String allLoaded = "const imgs = [...document.querySelectorAll('[data-testid=photo] img')];"
          + " imgs.forEach((i) => i.scrollIntoView({block: 'center'}));"
          + " return imgs.every((i) => i.complete && i.naturalWidth > 0)";
      until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      Object loaded = browser.driver().executeScript(allLoaded);
      while (!Boolean.TRUE.equals(loaded) && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(200));
        loaded = browser.driver().executeScript(allLoaded);
      }
      browser.screenshot("desk-project-site-photos");
      assertEquals(Boolean.TRUE, loaded, "the thumbnails load from the server");
    }
  }

  @Test
  void an_open_issue_gets_a_photo_from_the_phone_shown_in_its_row_and_on_the_map() throws IOException {
    String code = (String) issueProject.get("code");
    double lon = ((Number) issueProject.get("lon")).doubleValue();
    double lat = ((Number) issueProject.get("lat")).doubleValue();
    Path phone = Files.write(Files.createDirectories(Path.of("target/photo-uploads")).resolve("IMG_0301.jpg"),
        TestPhotos.jpeg(300, 200, LocalDateTime.parse("2026-11-20T07:30:00"), lon + 0.0001, lat, 1));
    String row = "[data-testid=issue-photos][data-seq='" + issueSeq + "']";
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "owner", PASSWORD, "/desk.html?as_of=2026-11-20");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.openProject('" + code + "')");
      browser.driver().findElement(By.cssSelector(row + " [data-testid=issue-photo-input]"))
          .sendKeys(phone.toAbsolutePath().toString());
      browser.waitFor("document.querySelector(\"" + row + " [data-testid=issue-photo-status]\").dataset.state === 'done'");
      java.util.List<Map<String, Object>> stored = Sql.rows(city.storage(), "SELECT id FROM photos WHERE project_code = ?"
          + " AND issue_seq = ?", code, issueSeq);
      assertEquals(1, stored.size(), "stored as the issue's photo");
      String id = stored.get(0).get("id").toString();
      browser.waitFor("!!document.querySelector(\"" + row + " [data-testid=photo][data-id='" + id + "']\")");
      browser.await("window.desk.idle()");
      browser.waitFor("!!document.querySelector(\"[data-testid=photo-marker][data-id='" + id + "']\")");
      browser.screenshot("desk-issue-photo");
    }
  }
}
