package parcelatlas.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Photos beyond a report or a project, on {@link PhotoFixture} (with issue 1 on project X1): a
 * photo of an issue sent as a phone's multipart form, the photos of all a zone's reports, and the
 * positioned photos of a map view for the desk map, each only of the townships the viewer may read.
 */
@Tag("database")
class PhotoPlacesApiTest {
  private static final String PASSWORD = "photo places password";
  private static final LocalDateTime MORNING = LocalDateTime.parse("2026-11-18T09:30:00");
  private static final String BOUNDARY = "----phoneForm7MA4YWxkTrZu0gW";
  private static Storage storage;
  private static RunningApp app;
  private static long reportZ1;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    PhotoFixture.load(storage);
    storage.inTransaction(c -> {
      new ProgressTables(c).addIssue("X1", 1, "围挡缺失", LocalDate.parse("2026-11-10"), "施工方", null, null);
      return null;
    });
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
    users.add("yi", Role.OFFICIAL, "乙镇", null, PASSWORD.toCharArray());
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
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

  /** A multipart/form-data body as a browser sends a file input and a text field. */
  private static byte[] form(byte[] photo, String caption) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption + "\r\n"
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"IMG_0042.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(photo);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static HttpResponse<String> sendForm(String user, String path, byte[] body) {
    return as(user).postBytes(path, "multipart/form-data; boundary=" + BOUNDARY, body);
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(p -> ids.add(p.path("id").asLong()));
    return ids;
  }

  @Test
  void an_issue_photo_sent_as_a_multipart_form_is_kept_whole_with_its_caption_and_issue() {
    byte[] photo = TestPhotos.jpeg(64, 48, MORNING, 117.0101, 34.0101, 1);
    HttpResponse<String> sent = sendForm("jia", "/api/desk/projects/X1/issues/1/photos", form(photo, "围挡 东侧"));
    assertEquals(201, sent.statusCode(), sent.body());
    JsonNode entry = ApiClient.parse(sent.body());
    assertEquals(1, entry.path("issueSeq").asInt());
    assertEquals("X1", entry.path("projectCode").asText());
    assertEquals("围挡 东侧", entry.path("caption").asText());
    assertEquals(photo.length, entry.path("sizeBytes").asInt(), "the part's bytes, not the form's");
    assertEquals(0, entry.path("flags").size(), "taken some 14 m from the project point");
    HttpResponse<byte[]> original = as("city").getBytes(entry.path("url").asText());
    assertTrue(java.util.Arrays.equals(photo, original.body()));
    JsonNode listed = as("city").json("/api/desk/projects/X1/photos", 200).path("photos");
    assertTrue(ids(listed).contains(entry.path("id").asLong()), "listed with the project's photos");
  }

  @Test
  void an_unknown_issue_another_township_or_a_form_without_a_photo_is_refused_and_stores_nothing() {
    byte[] photo = TestPhotos.plainJpeg(32, 24);
    long before = Sql.count(storage, "photos");
    HttpResponse<String> unknown = sendForm("jia", "/api/desk/projects/X1/issues/9/photos", form(photo, ""));
    assertEquals(404, unknown.statusCode(), unknown.body());
    HttpResponse<String> other = sendForm("yi", "/api/desk/projects/X1/issues/1/photos", form(photo, ""));
    assertEquals(403, other.statusCode(), other.body());
    byte[] noPhoto = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nx\r\n--" + BOUNDARY
        + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> empty = sendForm("jia", "/api/desk/projects/X1/issues/1/photos", noPhoto);
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals("PhotoUnreadable", ApiClient.parse(empty.body()).path("code").asText());
    HttpResponse<String> badSeq = sendForm("jia", "/api/desk/projects/X1/issues/zero/photos", form(photo, ""));
    assertEquals(400, badSeq.statusCode(), badSeq.body());
    assertEquals(before, Sql.count(storage, "photos"));
  }

  @Test
  void a_zone_lists_the_photos_of_all_its_reports_for_those_who_may_read_it() {
    String path = "/api/desk/zones/Z1/reports/" + reportZ1 + "/photos";
    long id = ApiClient.parse(as("jia").postBytes(path, "image/jpeg",
        TestPhotos.jpeg(64, 48, MORNING, 117.002, 34.002, 1)).body()).path("id").asLong();
    JsonNode zone = as("jia").json("/api/desk/zones/Z1/photos", 200).path("photos");
    assertTrue(ids(zone).contains(id));
    zone.forEach(p -> assertEquals(reportZ1, p.path("reportId").asLong()));
    assertEquals(403, as("yi").get("/api/desk/zones/Z1/photos").statusCode());
    assertEquals(404, as("jia").get("/api/desk/zones/NOPE/photos").statusCode());
  }

  @Test
  void the_map_view_holds_the_positioned_photos_inside_it_that_the_viewer_may_read() {
    long inZ1 = ApiClient.parse(as("jia").postBytes("/api/desk/zones/Z1/reports/" + reportZ1 + "/photos", "image/jpeg",
        TestPhotos.jpeg(64, 48, MORNING, 117.003, 34.003, 1)).body()).path("id").asLong();
    long far = ApiClient.parse(as("jia").postBytes("/api/desk/projects/X1/photos", "image/jpeg",
        TestPhotos.jpeg(64, 48, MORNING, 117.2, 34.2, 1)).body()).path("id").asLong();
    long unplaced = ApiClient.parse(as("jia").postBytes("/api/desk/projects/X1/photos", "image/jpeg",
        TestPhotos.plainJpeg(32, 24)).body()).path("id").asLong();
    JsonNode view = as("jia").json("/api/desk/photos?bbox=116.99,33.99,117.02,34.02", 200);
    List<Long> seen = ids(view.path("photos"));
    assertTrue(seen.contains(inZ1), "inside the box");
    assertTrue(!seen.contains(far) && !seen.contains(unplaced), "outside the box, or with no position");
    assertTrue(view.path("complete").asBoolean());
    JsonNode marker = view.path("photos").get(seen.indexOf(inZ1));
    assertEquals("Z1", marker.path("zoneCode").asText());
    assertEquals(117.003, marker.path("longitude").asDouble(), 1e-6);
    assertTrue(ids(as("city").json("/api/desk/photos?bbox=117.1,34.1,117.3,34.3", 200).path("photos")).contains(far),
        "far_from_site photos are shown where they were taken");
    assertEquals(0, as("yi").json("/api/desk/photos?bbox=116.99,33.99,117.02,34.02", 200).path("photos").size(),
        "乙镇 may not read 甲镇's photos");
    HttpResponse<String> bad = as("jia").get("/api/desk/photos?bbox=117,34,x,34.1");
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals(400, as("jia").get("/api/desk/photos").statusCode());
  }
}
