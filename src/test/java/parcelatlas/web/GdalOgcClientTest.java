package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** GDAL's OGC API – Features driver as a real client: every collection, small pages, bbox. */
@Tag("database")
class GdalOgcClientTest {
  @TempDir static Path dir;
  private static Storage storage;
  private static RunningApp app;
  private static String cookie;

  @BeforeAll
  static void start() throws Exception {
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
    app.close();
    storage.close();
  }

  /** Downloads a collection with ogr2ogr through the OAPIF driver and returns the feature codes. */
  private static List<String> download(String collection, boolean signedIn, int pageSize, String... extra) {
    Path out = dir.resolve(collection + "-" + signedIn + "-" + pageSize + "-" + extra.length + ".geojson");
    List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(),
        "OAPIF:" + app.base() + "/ogc", collection, "-oo", "PAGE_SIZE=" + pageSize));
    if (signedIn) {
      command.addAll(List.of("--config", "GDAL_HTTP_COOKIE", cookie));
    }
    command.addAll(List.of(extra));
    Gdal.run(command.toArray(String[]::new));
    List<String> codes = new ArrayList<>();
    try (FeatureSource source = FeatureSources.open(out, null)) {
      for (Iterator<SourceRecord> it = source.records(); it.hasNext(); ) {
        codes.add((String) it.next().attributes().get("code"));
      }
    }
    return codes;
  }

  private static List<String> codes(String sql) {
    return Sql.rows(storage, sql).stream().map(r -> (String) r.get("code")).sorted().toList();
  }

  @Test
  void gdal_downloads_every_collection_once_per_feature_with_small_pages() {
    Map<String, String> tables = Map.of("parks", "parks", "parcels", "parcels", "projects", "projects",
        "demolition-zones", "demolition_zones");
    for (Map.Entry<String, String> c : tables.entrySet()) {
      List<String> got = download(c.getKey(), true, 97);
      assertEquals(codes("SELECT code FROM " + c.getValue()), got.stream().sorted().toList(), c.getKey());
      assertEquals(got.size(), new TreeSet<>(got).size(), "none twice in " + c.getKey());
    }
  }

  @Test
  void gdal_as_an_anonymous_client_gets_land_ready_parcels_only() {
    List<String> got = download("parcels", false, 50);
    assertEquals(codes("SELECT code FROM parcels WHERE status IN ('available', 'listed')"), got.stream().sorted().toList());
  }

  @Test
  void gdal_with_a_bbox_gets_exactly_the_features_the_api_returns_for_it() {
    String box = "117.25,34.65,117.35,34.75";
    List<String> got = download("parcels", true, 40, "-spat", "117.25", "34.65", "117.35", "34.75");
    List<String> expected = new ArrayList<>();
    app.staff().json("/ogc/collections/parcels/items?limit=10000&bbox=" + box, 200).get("features")
        .forEach(f -> expected.add(f.get("properties").get("code").asText()));
    assertFalse(expected.isEmpty());
    assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
  }
}
