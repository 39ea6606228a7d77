package parcelatlas.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DeclaredUpload;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Site photos over HTTP on {@link PhotoFixture}, with pictures carrying EXIF GPS and time made by
 * {@link TestPhotos}: flags against a hand computation, refusals that change nothing, who may do
 * what, and withdrawal that keeps the photo.
 */
@Tag("database")
class PhotoApiTest {
  private static final String PASSWORD = "site photo password";
  private static final LocalDateTime MORNING = LocalDateTime.parse("2026-11-18T09:30:00");
  private static Storage storage;
  private static RunningApp app;
  private static long reportZ1;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    PhotoFixture.load(storage);
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    users.add("yi", Role.OFFICIAL, "乙镇", null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    users.add("busy", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    reportZ1 = ((Number) Sql.rows(storage, "SELECT r.id FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id"
        + " WHERE z.code = 'Z1'").get(0).get("id")).longValue();
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  private static String reportPhotos() {
    return "/api/desk/zones/Z1/reports/" + reportZ1 + "/photos";
  }

  private static JsonNode upload(String user, String path, byte[] photo, int status) {
    HttpResponse<String> response = as(user).postBytes(path, "image/jpeg", photo);
    assertEquals(status, response.statusCode(), response.body());
    return ApiClient.parse(response.body());
  }

  private static List<String> flags(JsonNode photo) {
    List<String> flags = new ArrayList<>();
    photo.path("flags").forEach(f -> flags.add(f.asText()));
    return flags;
  }

  @Test
  void a_photo_inside_the_zone_on_the_report_week_has_no_flags() {
    JsonNode photo = upload("jia", reportPhotos() + "?caption=%E7%8E%B0%E5%9C%BA",
        TestPhotos.jpeg(64, 48, MORNING, 117.002, 34.002, 1), 201);
    assertEquals(List.of(), flags(photo));
    assertEquals(0, photo.path("distanceM").asInt());
    assertEquals("2026-11-18T09:30", photo.path("takenAt").asText());
    assertEquals(117.002, photo.path("longitude").asDouble(), 1e-6);
    assertEquals(34.002, photo.path("latitude").asDouble(), 1e-6);
    assertEquals("现场", photo.path("caption").asText());
    assertEquals("image/jpeg", photo.path("mediaType").asText());
  }

  @Test
  void distance_is_measured_in_metres_on_the_ellipsoid_and_flags_beyond_500_m() {
    JsonNode far = upload("jia", reportPhotos(), TestPhotos.jpeg(64, 48, MORNING, 117.0105, 34.0025, 1), 201);
    assertEquals(List.of("far_from_site"), flags(far));
    assertEquals(508, far.path("distanceM").asInt(), "0.0055° of longitude at 34.0025° N, by hand: 508.1 m");
    JsonNode near = upload("jia", reportPhotos(), TestPhotos.jpeg(64, 48, MORNING, 117.010, 34.0025, 1), 201);
    assertEquals(List.of(), flags(near));
    assertEquals(462, near.path("distanceM").asInt(), "0.005° of longitude at 34.0025° N, by hand: 461.9 m");
  }

  @Test
  void a_photo_taken_more_than_14_days_before_the_report_is_flagged_not_refused() {
    JsonNode old = upload("jia", reportPhotos(), TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-11-03T18:00:00"),
        117.002, 34.002, 1), 201);
    assertEquals(List.of("taken_long_before"), flags(old), "15 days before 11-18");
    JsonNode recent = upload("jia", reportPhotos(), TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-11-04T08:00:00"),
        117.002, 34.002, 1), 201);
    assertEquals(List.of(), flags(recent), "14 days before 11-18");
  }

  @Test
  void a_photo_without_exif_is_kept_and_flagged() {
    JsonNode bare = upload("city", reportPhotos(), TestPhotos.plainJpeg(64, 48), 201);
    assertEquals(List.of("no_position", "no_time"), flags(bare));
    assertTrue(bare.path("distanceM").isNull());
  }

  @Test
  void a_project_photo_is_measured_from_the_project_point_and_dated_against_today() {
    JsonNode at = upload("jia", "/api/desk/projects/X1/photos",
        TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-11-19T10:00:00"), 117.01, 34.01, 1), 201);
    assertEquals(List.of(), flags(at));
    JsonNode old = upload("jia", "/api/desk/projects/X1/photos",
        TestPhotos.jpeg(64, 48, LocalDateTime.parse("2026-10-01T10:00:00"), 117.03, 34.01, 1), 201);
    assertEquals(List.of("far_from_site", "taken_long_before"), flags(old));
    JsonNode list = as("planner").json("/api/desk/projects/X1/photos", 200);
    assertTrue(list.path("photos").size() >= 2);
  }

  @Test
  void the_thumbnail_is_a_jpeg_of_320_px_turned_upright_and_the_original_is_served_unchanged() throws IOException {
    byte[] sideways = TestPhotos.jpeg(800, 400, MORNING, 117.002, 34.002, 6);
    JsonNode photo = upload("jia", reportPhotos(), sideways, 201);
    ApiClient planner = as("planner");
    HttpResponse<byte[]> thumb = planner.getBytes(photo.path("thumbnailUrl").asText());
    assertEquals(200, thumb.statusCode());
    assertEquals("image/jpeg", thumb.headers().firstValue("Content-Type").orElse(""));
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
    assertEquals(160, small.getWidth(), "800×400 turned a quarter (orientation 6), then 320 on its longer side");
    assertEquals(320, small.getHeight());
    HttpResponse<byte[]> original = planner.getBytes(photo.path("url").asText());
    assertTrue(java.util.Arrays.equals(sideways, original.body()));
  }

  @Test
  void wrong_type_too_large_and_bomb_are_refused_with_codes_and_change_nothing() {
    long before = Sql.count(storage, "photos");
    long audited = Sql.count(storage, "audit_log");
    ApiClient jia = as("jia");
    String text = "not a photo at all, though named photo.jpg";
    refused(jia.postBytes(reportPhotos() + "?caption=photo.jpg", "image/jpeg", text.getBytes()), 400, "PhotoTypeUnsupported");
    refused(jia.postBytes(reportPhotos(), "image/gif", "GIF89a\1\0\1\0".getBytes()), 400, "PhotoTypeUnsupported");
    refused(jia.postBytes(reportPhotos(), "image/png", TestPhotos.pngHeader(20_000, 20_000)), 400, "PhotoTooManyPixels");
    byte[] broken = java.util.Arrays.copyOf(TestPhotos.plainJpeg(64, 48), 40);
    refused(jia.postBytes(reportPhotos(), "image/jpeg", broken), 400, "PhotoUnreadable");
    byte[] huge = new byte[Photos.MAX_BYTES + 1];
    System.arraycopy(TestPhotos.plainJpeg(64, 48), 0, huge, 0, 100);
    DeclaredUpload tooLarge = jia.postDeclared(reportPhotos(), "image/jpeg", huge);
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertEquals("PhotoTooLarge", ApiClient.parse(tooLarge.body()).get("code").asText());
    assertEquals(before, Sql.count(storage, "photos"));
    assertEquals(audited, Sql.count(storage, "audit_log"));
  }

  @Test
  void only_the_own_township_and_the_city_attach_and_other_townships_cannot_look() {
    byte[] photo = TestPhotos.jpeg(64, 48, MORNING, 117.002, 34.002, 1);
    long before = Sql.count(storage, "photos");
    refused(as("yi").postBytes(reportPhotos(), "image/jpeg", photo), 403, "PhotoOfAnotherTownship");
    refused(as("planner").postBytes(reportPhotos(), "image/jpeg", photo), 403, "PhotoOfAnotherTownship");
    refused(app.client().postBytes(reportPhotos(), "image/jpeg", photo), 401, null);
    assertEquals(before, Sql.count(storage, "photos"));
    JsonNode mine = upload("jia", reportPhotos(), photo, 201);
    refused(as("yi").get(reportPhotos()), 403, "PhotoOfAnotherTownship");
    refused(as("yi").get(mine.path("url").asText()), 403, "PhotoOfAnotherTownship");
    refused(app.client().get(mine.path("url").asText()), 401, null);
    assertEquals(200, as("planner").get(reportPhotos()).statusCode());
    refused(as("jia").get("/api/desk/zones/Z2/reports/" + reportZ1 + "/photos"), 404, "NotFound");
  }

  @Test
  void a_withdrawn_photo_stays_listed_as_withdrawn_with_its_reason_and_is_audited() {
    JsonNode photo = upload("jia", reportPhotos(), TestPhotos.jpeg(64, 48, MORNING, 117.002, 34.002, 1), 201);
    String withdraw = "/api/photos/" + photo.path("id").asLong() + "/withdraw";
    refused(as("jia").post(withdraw, "application/json", "{\"reason\": \"  \"}"), 400, "TextLength");
    refused(as("yi").post(withdraw, "application/json", "{\"reason\": \"错传\"}"), 403, "PhotoOfAnotherTownship");
    HttpResponse<String> done = as("jia").post(withdraw, "application/json", "{\"reason\": \"拍错了片区\"}");
    assertEquals(200, done.statusCode(), done.body());
    refused(as("city").post(withdraw, "application/json", "{\"reason\": \"再次\"}"), 409, "PhotoAlreadyWithdrawn");
    JsonNode listed = null;
    for (JsonNode p : as("city").json(reportPhotos(), 200).path("photos")) {
      if (p.path("id").asLong() == photo.path("id").asLong()) {
        listed = p;
      }
    }
    assertTrue(listed != null && listed.path("withdrawn").asBoolean(), "still listed, as withdrawn");
    assertEquals("拍错了片区", listed.path("withdrawal").path("reason").asText());
    assertEquals("jia", listed.path("withdrawal").path("by").asText());
    assertEquals(200, as("city").getBytes(photo.path("url").asText()).statusCode(), "kept as evidence");
    assertEquals(1, Sql.rows(storage, "SELECT 1 FROM audit_log WHERE entity = 'photo' AND action = 'withdraw'"
        + " AND entity_key = ?", photo.path("id").asText()).size());
  }

  @Test
  void one_user_attaches_at_most_60_photos_an_hour_counted_in_the_database() {
    ApiClient busy = as("busy");
    byte[] photo = TestPhotos.plainJpeg(16, 16);
    for (int i = 0; i < Photos.MAX_PER_HOUR; i++) {
      assertEquals(201, busy.postBytes("/api/desk/projects/X1/photos", "image/jpeg", photo).statusCode());
    }
    long before = Sql.count(storage, "photos");
    refused(busy.postBytes("/api/desk/projects/X1/photos", "image/jpeg", photo), 429, "TooManyPhotos");
    assertEquals(before, Sql.count(storage, "photos"));
    assertEquals(201, as("jia").postBytes("/api/desk/projects/X1/photos", "image/jpeg", photo).statusCode(),
        "the bound is per user");
  }

  private static void refused(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    if (code != null) {
      assertEquals(code, ApiClient.parse(response.body()).path("code").asText(), response.body());
    }
  }
}
