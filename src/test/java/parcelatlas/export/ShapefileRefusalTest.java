package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * A shapefile export whose .shp would pass the format's limit is refused before the first byte
 * (400 ShapefileTooLarge naming the limit and the formats without it, JSON, no attachment), by the
 * export and by its count; the other formats and a narrower filter still download. The real limit is
 * 2 GiB, so a second app runs with {@code export.shp.max.bytes} set one byte below the demo layer's
 * real .shp (measured by exporting it): the check is exact to the byte, which the first test shows
 * against the .shp files the export writes.
 */
@Tag("database")
class ShapefileRefusalTest {
  private static final String NARROW = "status = 'available'";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void load() {
    storage = Databases.open(TestDatabases.freshUrl(), null, null);
    parcelatlas.demo.DemoLoader.load(storage, new PrintWriter(new StringWriter()));
    app = new RunningApp(storage);
  }

  @AfterAll
  static void close() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static HttpResponse<byte[]> export(RunningApp on, String query) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(on.base() + "/api/export?" + query)).GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The length of the .shp in an anonymous visitor's export. */
  private static long shpBytes(RunningApp on, String query) throws Exception {
    HttpResponse<byte[]> r = export(on, query);
    assertEquals(200, r.statusCode(), query);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".shp")) {
          return zip.readAllBytes().length;
        }
      }
    }
    throw new AssertionError("no .shp in " + query);
  }

  private static String filter(String cql2) {
    return "&filter=" + URLEncoder.encode(cql2, StandardCharsets.UTF_8);
  }

  @Test
  void the_size_checked_is_the_size_the_export_writes() throws Exception {
    FeatureReader reader = new FeatureReader(storage, RunningApp.CLOCK);
    for (String[] c : new String[][] {{"parcels", null}, {"parcels", NARROW}, {"context-points", null}}) {
      ExportRequest request = ExportOptions.filtered(ExportOptions.parse(c[0], "shp", null, null, null, true), c[1]);
      long checked = ShapefileLimits.shpBytes(request.collection().layer().geometry(), reader.parts(request.query()));
      String query = "layer=" + c[0] + "&format=shp" + (c[1] == null ? "" : filter(c[1]));
      assertEquals(shpBytes(app, query), checked, query);
    }
  }

  @Test
  void a_layer_whose_shp_passes_the_limit_is_refused_before_the_first_byte() throws Exception {
    long whole = shpBytes(app, "layer=parcels&format=shp");
    long narrow = shpBytes(app, "layer=parcels&format=shp" + filter(NARROW));
    assertTrue(narrow < whole - 1, narrow + " < " + whole);
    try (RunningApp small = new RunningApp(storage, Map.of("ATLAS_EXPORT_SHP_MAX_BYTES", String.valueOf(whole - 1)))) {
      HttpResponse<byte[]> refused = export(small, "layer=parcels&format=shp");
      String body = new String(refused.body(), StandardCharsets.UTF_8);
      assertEquals(400, refused.statusCode(), body);
      assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
      assertNull(refused.headers().firstValue("Content-Disposition").orElse(null), "not a download");
      JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      assertEquals("ShapefileTooLarge", error.get("code").asText(), body);
      assertEquals("format", error.get("params").get("field").asText(), body);
      assertEquals((whole - 1) >> 20, error.get("params").get("limitMb").asLong(), body);
      String said = error.get("description").asText();
      assertTrue(said.contains("at most") && said.contains("gpkg") && said.contains("geojson"), said);

      JsonNode counted = small.json("/api/export/count?layer=parcels&format=shp", 400);
      assertEquals("ShapefileTooLarge", counted.get("code").asText(), counted.toString());
      small.json("/api/export/count?layer=parcels&format=gpkg", 200);

      assertEquals(narrow, shpBytes(small, "layer=parcels&format=shp" + filter(NARROW)), "a narrower filter fits");
      assertEquals(200, export(small, "layer=parcels&format=gpkg").statusCode(), "GeoPackage has no such limit");
    }
  }
}
