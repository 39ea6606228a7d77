package parcelatlas.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.bulletin.Pdftotext;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The monthly bulletin shows the month's site photos as evidence, on {@link PhotoFixture}: flagged
 * ones first, withdrawn ones never, with their thumbnails carried in the bulletin (readable by every
 * township's official) and, in the PDF (read with pdftotext), a line per photo naming its flags.
 */
@Tag("database")
class BulletinPhotosTest {
  private static final String PASSWORD = "bulletin photos password";
  private static Storage storage;
  private static RunningApp app;
  private static long near;
  private static long far;
  private static long withdrawn;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    PhotoFixture.load(storage);
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    users.add("yi", Role.OFFICIAL, "乙镇", null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    long report = ((Number) Sql.rows(storage, "SELECT r.id FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id"
        + " WHERE z.code = 'Z1'").get(0).get("id")).longValue();
    String path = "/api/desk/zones/Z1/reports/" + report + "/photos";
    ApiClient jia = app.client().signIn("jia", PASSWORD);
    LocalDateTime morning = LocalDateTime.parse("2026-11-18T09:30:00");
    near = id(jia.postBytes(path, "image/jpeg", TestPhotos.jpeg(64, 48, morning, 117.002, 34.002, 1)));
    far = id(jia.postBytes(path, "image/jpeg", TestPhotos.jpeg(64, 48, morning, 117.03, 34.002, 1)));
    withdrawn = id(jia.postBytes(path, "image/jpeg", TestPhotos.jpeg(64, 48, morning, 117.002, 34.002, 1)));
    assertEquals(200, jia.post("/api/photos/" + withdrawn + "/withdraw", "application/json", "{\"reason\": \"拍错\"}")
        .statusCode());
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static long id(java.net.http.HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return ApiClient.parse(response.body()).get("id").asLong();
  }

  @Test
  void the_month_shows_flagged_photos_first_and_never_a_withdrawn_one() throws IOException {
    JsonNode photos = app.client().signIn("yi", PASSWORD).json("/api/bulletin?month=2026-11", 200).get("photos");
    assertEquals(2, photos.size(), photos.toString());
    assertEquals(far, photos.get(0).get("id").asLong(), "the flagged photo first");
    assertEquals("far_from_site", photos.get(0).get("flags").get(0).asText());
    assertEquals(near, photos.get(1).get("id").asLong());
    assertEquals("Z1", photos.get(1).get("site").asText());
    assertEquals("片区Z1", photos.get(1).get("siteName").asText());
    byte[] thumbnail = Base64.getDecoder().decode(photos.get(1).get("thumbnail").asText());
    assertEquals(64, ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth(), "the thumbnail itself, for every township");
    assertEquals(0, app.staff().json("/api/bulletin?month=2026-10", 200).get("photos").size(), "attached in November");
  }

  @Test
  void the_pdf_lists_each_photo_with_its_flags() {
    String text = Pdftotext.text(app.staff().getBytes("/api/bulletin.pdf?month=2026-11").body());
    assertTrue(text.contains("八、现场照片（2 张）"), text);
    List<String> lines = text.lines().filter(l -> l.contains("片区Z1（Z1")).toList();
    assertEquals(2, lines.size(), text);
    assertTrue(lines.get(0).contains("存疑：拍摄地点远离现场"), lines.get(0));
    assertTrue(!lines.get(1).contains("存疑"), lines.get(1));
  }
}
