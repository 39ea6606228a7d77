package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * A CSV export is headed in Chinese (the fields' titles from the default import mapping) when the
 * viewer asks for Chinese, by {@code lang=zh} (the export page sends its language) or a Chinese
 * {@code Accept-Language}; GIS tools and scripts, which send neither, keep the code names.
 */
@Tag("database")
class ExportCsvLanguageTest {
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

  private static String header(String query, String... headers) {
    var response = app.client().getBytes("/api/export?layer=parks&format=csv" + query, headers);
    assertEquals(200, response.statusCode());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    return body.substring(0, body.indexOf("\r\n"));
  }

  @Test
  void the_csv_header_follows_the_viewers_language_and_keeps_code_names_for_tools() {
    assertTrue(header("").startsWith("\uFEFFcode,name,name_en,level,"), header(""));
    String zh = header("&lang=zh");
    assertTrue(zh.startsWith("\uFEFF园区编号,园区名称,英文名称,园区级别,主导产业,规划面积,"), zh);
    assertTrue(zh.endsWith(",wkt"), "GDAL finds the geometry by the wkt column: " + zh);
    assertEquals(zh, header("", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
    assertTrue(header("&lang=en", "Accept-Language", "zh-CN").startsWith("\uFEFFcode,"));
    ApiClient anyone = app.client();
    assertEquals("NotOneOf", anyone.json("/api/export?layer=parks&format=csv&lang=fr", 400).get("code").asText());
  }
}
