package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.photos.TestPhotos;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * A township official files the week's report with a photo taken on a phone (a JPEG with EXIF GPS
 * at the zone's centre and this morning's time), in Chromium: the photo is stored with the report,
 * shows in the zone panel and as a marker on the desk map where it was taken; a photo taken far
 * away is marked flagged. The save re-reads only what it changed: no map view page and no rankings
 * are fetched again. The legend lists photos and contest flags; the flags on the map are those the
 * server gives for the day.
 */
class DeskPhotoMapBrowserTest {
  private static final String PASSWORD = "photos on the desk map";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  private static Map<String, Object> zone;

  @BeforeAll
  static void start() {
    zone = Sql.rows(city.storage(), "SELECT z.code, z.township, r.signed_households, r.demolished_households, r.cleared_area_m2,"
        + " ST_X(ST_Centroid(z.geom)) AS lon, ST_Y(ST_Centroid(z.geom)) AS lat"
        + " FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " WHERE r.signed_households + 5 < z.target_households ORDER BY z.code").get(0);
    new Users(city.storage(), new PasswordHasher(4)).add("town", Role.OFFICIAL, (String) zone.get("township"), null,
        PASSWORD.toCharArray());
  }

  @Test
  void a_township_files_a_report_with_a_phone_photo_and_sees_it_on_the_map() throws IOException {
    String code = (String) zone.get("code");
    double lon = ((Number) zone.get("lon")).doubleValue();
    double lat = ((Number) zone.get("lat")).doubleValue();
    Path dir = Files.createDirectories(Path.of("target/photo-uploads"));
    Path phone = Files.write(dir.resolve("IMG_2001.jpg"),
        TestPhotos.jpeg(480, 360, LocalDateTime.parse("2026-11-20T08:40:00"), lon, lat, 1));
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "town", PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      for (String key : List.of("photo", "photo-flagged", "flag-red", "flag-yellow")) {
        assertEquals(1, browser.driver().findElements(By.cssSelector("[data-testid=desk-legend] li[data-key=" + key + "]")).size(),
            "legend entry " + key);
      }
      JsonNode flags = city.app().staff().json("/api/desk/contest/map?as_of=2026-11-20", 200);
      // labels that would overlap are merged (DeskFlagLabelsBrowserTest): each place on exactly one label;
      // labels stand only near the view (DeskViewCacheBrowserTest): the whole city in view
      JsonNode cityBox = city.app().staff().json("/api/desk/extent?scope=city", 200).get("bbox");
      browser.driver().executeScript("window.desk.map.fitBounds([[arguments[1], arguments[0]], [arguments[3], arguments[2]]],"
          + " {animate: false})", cityBox.get(0).asDouble(), cityBox.get(1).asDouble(), cityBox.get(2).asDouble(),
          cityBox.get(3).asDouble());
      browser.pause(java.time.Duration.ofMillis(400));
      browser.await("window.desk.idle()");
      @SuppressWarnings("unchecked")
      List<String> labelled = (List<String>) browser.driver().executeScript("return [...document.querySelectorAll("
          + "'[data-testid=map-flag]')].flatMap(e => e.dataset.places.split('|')).sort()");
      assertEquals(flags.get("places").size(), labelled.size(), "one flag label per flagged township or park: " + labelled);
      for (JsonNode place : flags.get("places")) { // named as the data names them: a park by its (code's) name
        String name = place.get("name").asText();
        assertTrue(labelled.contains(place.get("of").asText() + ":" + name), "labelled: " + name);
        String head = "[data-testid=map-flag][data-of=" + place.get("of").asText() + "][data-name=\"" + name + "\"] strong";
        if (browser.driver().findElements(By.cssSelector(head)).isEmpty()) {
          continue; // merged into another place's label
        }
        // (a flag label yielding to location names shows its name beside its flag markers, or only those and names it in its title)
        String shown = String.valueOf(browser.driver().executeScript("const c = document.querySelector(arguments[0]).cloneNode(true);"
            + " c.querySelectorAll('[data-testid$=-more], [data-testid=contest-flag]').forEach(e => e.remove());"
            + " const label = document.querySelector(arguments[0]).parentElement;"
            + " return label.dataset.form === 'badge' ? label.title.split('\\n')[0]"
            + "   : c.textContent.trim();", head));
        String expected = place.get("of").asText().equals("parks")
            ? String.valueOf(Sql.rows(city.storage(), "SELECT name FROM parks WHERE code = ?", name).get(0).get("name")) : name;
        assertEquals(expected, shown, "flag of " + name);
      }

      browser.await("window.desk.openZone('" + code + "')");
      browser.type("[data-testid=report-date]", "2026-11-20");
      browser.type("[data-testid=report-signed]", ((Number) zone.get("signed_households")).intValue() + 2);
      browser.type("[data-testid=report-demolished]", zone.get("demolished_households"));
      browser.type("[data-testid=report-cleared]", zone.get("cleared_area_m2"));
      browser.driver().findElement(By.cssSelector("[data-testid=report-photo]")).sendKeys(phone.toAbsolutePath().toString());
      browser.driver().executeScript("performance.clearResourceTimings(); performance.setResourceTimingBufferSize(2000)");
      browser.driver().findElement(By.cssSelector("[data-testid=report-submit]")).click();
      browser.waitFor("document.querySelector('[data-testid=report-status]').dataset.state === 'success'");
      browser.await("window.desk.idle()");

      List<Map<String, Object>> stored = Sql.rows(city.storage(), "SELECT p.id, p.flags, p.taken_lon FROM photos p"
          + " JOIN demolition_reports r ON r.id = p.report_id WHERE r.reported_by = 'town'");
      assertEquals(1, stored.size(), "the photo is stored with the new report");
      assertEquals("", stored.get(0).get("flags"), "taken at the zone's centre this morning: nothing flagged");
      String id = stored.get(0).get("id").toString();
      browser.waitFor("!!document.querySelector('[data-testid=photo-marker][data-id=\"" + id + "\"]')");
      assertEquals("false", browser.attr("[data-testid=photo-marker][data-id='" + id + "']", "data-flagged"));
      browser.waitFor("!!document.querySelector('[data-testid=zone-photos] [data-testid=photo][data-id=\"" + id + "\"]')");
      @SuppressWarnings("unchecked")
      List<String> fetched = (List<String>) browser.driver().executeScript(
          "return performance.getEntriesByType('resource').map((e) => e.name)");
      assertTrue(fetched.stream().noneMatch(u -> u.contains("/ogc/collections/")), "no view page re-read: " + fetched);
      assertTrue(fetched.stream().noneMatch(u -> u.contains("/api/figures/rankings")), "rankings not shown: not re-read");
      assertTrue(fetched.stream().anyMatch(u -> u.contains("codes=" + code)), "the zone's own figures re-read: " + fetched);

      byte[] far = TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-11-20T09:00:00"), lon + 0.01, lat, 1);
      long report = ((Number) Sql.rows(city.storage(), "SELECT MAX(id) AS id FROM demolition_reports WHERE reported_by = 'town'")
          .get(0).get("id")).longValue();
      assertEquals(201, city.app().client().signIn("town", PASSWORD).postBytes("/api/desk/zones/" + code + "/reports/" + report
          + "/photos", "image/jpeg", far).statusCode());
      browser.await("window.desk.openZone('" + code + "')");
      browser.driver().executeScript("window.desk.map.panBy([2, 2])");
      browser.await("window.desk.idle()");
      browser.waitFor("!!document.querySelector('[data-testid=photo-marker][data-flagged=true]')");
      browser.screenshot("desk-map-report-photo");
    }
  }
}
