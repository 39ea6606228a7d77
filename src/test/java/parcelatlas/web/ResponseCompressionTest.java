package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.compression.CompressionStrategy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * Responses are gzipped as Javalin's default strategy would decide, at the portal's level
 * ({@link ResponseCompression#LEVEL}: zlib's fast kind, not Javalin's 6).
 */
@Tag("database")
class ResponseCompressionTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void the_strategy_is_javalins_default_gzip_with_the_portals_json_types_allowed() {
    CompressionStrategy ours = ResponseCompression.gzip();
    CompressionStrategy javalins = CompressionStrategy.GZIP;
    assertEquals(javalins.getExcludedMimeTypes(), ours.getExcludedMimeTypes());
    assertEquals(javalins.getDefaultMinSizeForCompression(), ours.getDefaultMinSizeForCompression());
    assertEquals(javalins.getCompressors().size(), ours.getCompressors().size());
    assertEquals(javalins.getCompressors().get(0).encoding(), ours.getCompressors().get(0).encoding());
    assertTrue(ours.getAllowedMimeTypes().containsAll(javalins.getAllowedMimeTypes()));
    for (String allowed : ours.getAllowedMimeTypes()) {
      if (javalins.getAllowedMimeTypes().contains(allowed)) {
        continue; // allowed by Javalin already (SVG, against the image/ exclusion)
      }
      for (String excluded : javalins.getExcludedMimeTypes()) {
        assertTrue(!allowed.toLowerCase(java.util.Locale.ROOT).contains(excluded), allowed + " is excluded by default: allowing it would change a decision");
      }
    }
  }

  @Test
  void an_items_page_is_gzipped_for_a_client_that_asks_and_sent_plain_to_one_that_does_not() throws Exception {
    String url = app.base() + "/ogc/collections/parcels/items?limit=100";
    HttpResponse<byte[]> plain = get(url, null);
    HttpResponse<byte[]> zipped = get(url, "gzip");
    assertEquals(200, zipped.statusCode());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertTrue(zipped.body().length < plain.body().length / 3, zipped.body().length + " of " + plain.body().length);
    assertArrayEquals(withoutTimeStamp(plain.body()), withoutTimeStamp(gunzip(zipped.body())));
    // a small answer stays plain (below the minimum size)
    assertTrue(get(app.base() + "/api/config", "gzip").headers().firstValue("Content-Encoding").isEmpty());
  }

  @Test
  void a_page_is_compressed_at_the_portals_level_not_javalins() throws Exception {
    String url = app.base() + "/ogc/collections/parcels/items?limit=100";
    byte[] plain = get(url, null).body();
    int sent = get(url, "gzip").body().length;
    int atLevel = gzipped(plain, ResponseCompression.LEVEL);
    int atSix = gzipped(plain, 6);
    assertTrue(atLevel - atSix > 500, "the levels should differ here: " + atLevel + " against " + atSix);
    // the page's time stamp differs between the two requests: a few bytes either way
    assertTrue(Math.abs(sent - atLevel) <= 16, sent + " bytes sent; at level " + ResponseCompression.LEVEL + ": "
        + atLevel + ", at 6: " + atSix);
  }

  private static int gzipped(byte[] body, int level) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
      {
        def.setLevel(level);
      }
    }) {
      gzip.write(body);
    }
    return out.size();
  }

  private static HttpResponse<byte[]> get(String url, String encoding) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (encoding != null) {
      request.header("Accept-Encoding", encoding);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static byte[] withoutTimeStamp(byte[] page) {
    return new String(page, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"timeStamp\":\"[^\"]*\"", "")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
