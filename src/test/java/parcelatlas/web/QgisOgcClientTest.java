package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * QGIS (python3-qgis, headless) as a real client through its OAPIF provider: every collection
 * with small pages, signed in (the session cookie is added to each request by a QGIS request
 * preprocessor) and anonymous, with and without a bbox. Skipped only where Debian's
 * python3-qgis is not installed; {@code .ci/install-deps} installs it.
 */
@Tag("database")
class QgisOgcClientTest {
  private static final String PYTHON = "/usr/bin/python3";
  private static final Path SCRIPT = Path.of("src/test/python/qgis_oapif_codes.py");
  private static final Pattern REQUESTS = Pattern.compile("item requests: (\\d+)");
  private static Storage storage;
  private static RunningApp app;
  private static String cookie;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/qgis/core")),
        "python3-qgis is not installed (bash .ci/install-deps installs it)");
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + "/api/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\": \""
            + RunningApp.STAFF + "\", \"password\": \"" + RunningApp.STAFF_PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
      storage.close();
    }
  }

  /** What QGIS delivered: the feature codes, and how many item pages it requested. */
  private record Download(List<String> codes, int itemRequests) {}

  /** The script's exit status, standard output and standard error. */
  private record Run(int status, String out, String log) {}

  private static Download download(String collection, boolean signedIn, int pageSize, String bbox) {
    Run run = run(collection, signedIn, pageSize, bbox);
    assertEquals(0, run.status(), "QGIS failed on " + collection + ": " + run.log());
    Matcher requests = REQUESTS.matcher(run.log());
    assertTrue(requests.find(), run.log());
    return new Download(run.out().lines().filter(l -> !l.isBlank()).toList(), Integer.parseInt(requests.group(1)));
  }

  private static Run run(String collection, boolean signedIn, int pageSize, String bbox) {
    List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPT.toString(), app.base() + "/ogc", collection,
        Integer.toString(pageSize)));
    if (bbox != null) {
      command.add(bbox);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("QT_QPA_PLATFORM", "offscreen");
    builder.environment().remove("ATLAS_COOKIE");
    if (signedIn) {
      builder.environment().put("ATLAS_COOKIE", cookie);
    }
    try {
      Path errors = Files.createTempFile("qgis", ".log");
      Process process = builder.redirectError(errors.toFile()).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      String log = Files.readString(errors);
      Files.delete(errors);
      return new Run(status, out, log);
    } catch (IOException e) {
      throw new AssertionError("cannot run " + PYTHON, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static List<String> codes(String sql) {
    return Sql.rows(storage, sql).stream().map(r -> (String) r.get("code")).sorted().toList();
  }

  private static void assertSameOnce(List<String> expected, List<String> got, String what) {
    assertEquals(got.size(), new TreeSet<>(got).size(), "none twice in " + what);
    assertEquals(expected, got.stream().sorted().toList(), what);
  }

  @Test
  void qgis_downloads_every_collection_once_per_feature_with_small_pages() {
    Map<String, String> tables = Map.of("parks", "parks", "parcels", "parcels", "projects", "projects",
        "demolition-zones", "demolition_zones");
    for (Map.Entry<String, String> c : tables.entrySet()) {
      Download got = download(c.getKey(), true, 37, null);
      List<String> expected = codes("SELECT code FROM " + c.getValue());
      assertSameOnce(expected, got.codes(), c.getKey());
      assertTrue(got.itemRequests() >= (expected.size() + 36) / 37,
          c.getKey() + ": " + got.itemRequests() + " item requests for " + expected.size() + " features");
    }
  }

  @Test
  void qgis_as_an_anonymous_client_gets_land_ready_parcels_and_no_staff_collection() {
    Download got = download("parcels", false, 50, null);
    assertSameOnce(codes("SELECT code FROM parcels WHERE status IN ('available', 'listed')"), got.codes(), "parcels");
    Run projects = run("projects", false, 50, null);
    assertEquals(2, projects.status(), "QGIS cannot open a staff collection anonymously: " + projects.log());
    assertTrue(projects.out().isBlank(), projects.out());
  }

  @Test
  void qgis_with_a_bbox_gets_exactly_the_features_the_api_returns_for_it() {
    String box = "117.25,34.65,117.35,34.75";
    List<String> expected = new ArrayList<>();
    app.staff().json("/ogc/collections/parcels/items?limit=10000&bbox=" + box, 200).get("features")
        .forEach(f -> expected.add(f.get("properties").get("code").asText()));
    assertFalse(expected.isEmpty());
    Download got = download("parcels", true, 40, box);
    assertSameOnce(expected.stream().sorted().toList(), got.codes(), "parcels in " + box);
  }
}
