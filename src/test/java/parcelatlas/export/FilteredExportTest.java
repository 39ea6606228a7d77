package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.App;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** Exports with a CQL2 filter, over HTTP and on the command line, counted by GDAL. */
@Tag("database")
class FilteredExportTest {
  private static final String FILTER = "status IN ('available', 'listed', 'idle') AND area_m2 > 15000";
  private static final String EXPECTED = "parcels WHERE status IN ('available', 'listed', 'idle') AND area_m2 > 15000";
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void load() {
    db = TestDatabases.freshUrl();
    storage = Databases.open(db, null, null);
    parcelatlas.demo.DemoLoader.load(storage, new PrintWriter(new StringWriter()));
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void close() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static HttpResponse<Path> download(boolean signedIn, String query, String name) throws Exception {
    HttpClient client = signedIn ? signedInClient() : HttpClient.newHttpClient();
    return client.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/export?" + query)).GET().build(),
        HttpResponse.BodyHandlers.ofFile(dir.resolve(name)));
  }

  private static HttpClient signedInClient() {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    try {
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/login"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"username\": \"" + RunningApp.STAFF + "\", \"password\": \"" + RunningApp.STAFF_PASSWORD + "\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return client;
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long gdalCount(Path file, String layer) {
    return gdalCount(file.toString(), layer);
  }

  private static long gdalCount(String file, String layer) {
    String summary = Gdal.run("ogrinfo", "-ro", "-so", file, layer);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Feature Count: (\\d+)").matcher(summary);
    assertTrue(m.find(), summary);
    return Long.parseLong(m.group(1));
  }

  @Test
  void a_geopackage_export_with_a_filter_holds_exactly_the_matching_features() throws Exception {
    long expected = Sql.count(storage, EXPECTED);
    assertTrue(expected > 0 && expected < Sql.count(storage, "parcels"));
    HttpResponse<Path> response = download(true, "layer=parcels&format=gpkg&filter=" + q(FILTER), "filtered.gpkg");
    assertEquals(200, response.statusCode());
    assertEquals(expected, gdalCount(response.body(), "parcels"));
  }

  @Test
  void an_anonymous_export_with_an_or_keeps_to_the_public_parcels() throws Exception {
    long expected = Sql.count(storage, EXPECTED + " AND status IN ('available', 'listed')");
    HttpResponse<Path> response = download(false, "layer=parcels&format=geojson&filter="
        + q(FILTER + " OR status = 'idle' OR TRUE"), "anonymous.geojson");
    assertEquals(200, response.statusCode());
    assertEquals(Sql.count(storage, "parcels WHERE status IN ('available', 'listed')"), gdalCount(response.body(), "anonymous"));
    HttpResponse<Path> narrow = download(false, "layer=parcels&format=csv&filter=" + q(FILTER), "anonymous.csv");
    assertEquals(expected, Files.readAllLines(narrow.body()).size() - 1);
  }

  @Test
  void a_bad_filter_is_refused_before_any_byte_and_names_the_problem() throws Exception {
    HttpResponse<Path> bad = download(true, "layer=parcels&format=shp&filter=" + q("internal_note LIKE '%'"), "bad.json");
    assertEquals(400, bad.statusCode());
    assertTrue(Files.readString(bad.body()).contains("unknown property 'internal_note'"), Files.readString(bad.body()));
    HttpResponse<Path> staffOnly = download(false, "layer=projects&format=csv&filter=" + q("leader = 'x'"), "staff.json");
    assertEquals(401, staffOnly.statusCode(), "no queryables of staff layers for anonymous visitors");
  }

  @Test
  void the_command_line_exports_a_filtered_shapefile_and_refuses_a_bad_filter() throws Exception {
    Path out = dir.resolve("cli.zip");
    assertEquals(0, run("export", "--layer", "parcels", "--format", "shp", "--filter", FILTER, "--out", out.toString(),
        "--db", db));
    assertEquals(Sql.count(storage, EXPECTED), gdalCount("/vsizip/" + out.toAbsolutePath(), "parcels"));
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute("export", "--layer", "parcels", "--format", "csv", "--filter", "area_m2 > 'x'",
            "--out", dir.resolve("never.csv").toString(), "--db", db);
    assertEquals(1, status);
    assertTrue(err.toString().contains("'area_m2' is a number but a string is given at character 11"), err.toString());
    assertTrue(Files.notExists(dir.resolve("never.csv")));
  }

  private static int run(String... args) {
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err)).execute(args);
    assertEquals(0, status, err.toString());
    return status;
  }

}
