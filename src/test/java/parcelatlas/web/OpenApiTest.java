package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * The OpenAPI 3.0 document at /ogc/api: self-contained, every reference resolving, valid against
 * the OpenAPI 3.0 schema (checked by the Python openapi-spec-validator, which bundles that schema).
 */
@Tag("database")
class OpenApiTest {
  private static final Path VALIDATOR = Path.of("src/test/python/openapi_validate.py");
  @TempDir static Path dir;
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void the_landing_page_links_the_definition_and_its_documentation() {
    JsonNode landing = app.json("/ogc", 200);
    // the JSON's links are absolute (the HTML pages link by path: OgcHtml.href)
    assertTrue(landing.get("links").findValuesAsText("href").contains(app.base() + "/ogc/api"), landing.toString());
    assertEquals("/ogc/api", OgcHtml.href(landing, "service-desc"));
    HttpResponse<String> doc = app.get(OgcHtml.href(landing, "service-desc"));
    assertEquals(OpenApi.MEDIA_TYPE, doc.headers().firstValue("Content-Type").orElseThrow().replace(";charset=utf-8", ""));
    String html = app.get(OgcHtml.href(landing, "service-doc")).body();
    assertFalse(html.contains("<script"), "the documentation page needs no script");
    for (JsonNode path : ApiClient.parse(doc.body()).get("paths")) {
      assertTrue(html.contains("operationId: <code>" + path.get("get").get("operationId").asText() + "</code>"));
    }
    assertTrue(app.json("/ogc/conformance", 200).toString().contains("ogcapi-features-1/1.0/conf/oas30"));
  }

  @Test
  void every_reference_is_internal_and_resolves() {
    JsonNode doc = app.json("/ogc/api", 200);
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertTrue(refs.size() > 30, refs.toString());
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/components/"), ref);
      assertFalse(doc.at(ref.substring(1)).isMissingNode(), ref + " resolves");
    }
    JsonNode items = doc.get("paths").get("/collections/{collectionId}/items").get("get");
    List<String> params = new ArrayList<>();
    items.get("parameters").forEach(p -> params.add(doc.at(p.get("$ref").asText().substring(1)).get("name").asText()));
    assertEquals(List.of("collectionId", "limit", "offset", "cursor", "bbox", "bbox-crs", "crs", "filter", "filter-lang",
        "filter-crs", "sortby", "f", "count"), params);
    assertTrue(doc.get("paths").has("/collections/{collectionId}/queryables"));
    JsonNode filterCrs = doc.at("/components/parameters/filter-crs");
    assertTrue(filterCrs.get("description").asText().contains("EPSG axis order"), filterCrs.toString());
    List<String> crsUris = new ArrayList<>();
    filterCrs.get("schema").get("enum").forEach(uri -> crsUris.add(uri.asText()));
    assertEquals(OgcCrs.uris(), crsUris);
  }

  @Test
  void the_collection_ids_are_those_the_viewer_may_see() {
    assertEquals("[\"parks\",\"parcels\",\"context-points\"]", enumOfCollectionIds(app.json("/ogc/api", 200)));
    assertEquals("[\"parks\",\"parcels\",\"projects\",\"demolition-zones\",\"context-points\"]",
        enumOfCollectionIds(app.staff().json("/ogc/api", 200)));
  }

  @Test
  void the_document_validates_against_the_openapi_30_schema_and_a_broken_one_does_not() throws IOException {
    String python = pythonWithValidator();
    assumeTrue(python != null, "openapi-spec-validator is not installed for any python3 here");
    Path good = dir.resolve("openapi.json");
    String body = app.staff().get("/ogc/api").body();
    Files.writeString(good, body, StandardCharsets.UTF_8);
    assertEquals("", run(python, VALIDATOR.toString(), good.toString()));
    ObjectNode broken = (ObjectNode) new ObjectMapper().readTree(body);
    ((ObjectNode) broken.at("/components/parameters/limit")).put("in", "body");
    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, broken.toString(), StandardCharsets.UTF_8);
    assertNotEquals("", run(python, VALIDATOR.toString(), bad.toString()));
  }

  private static String enumOfCollectionIds(JsonNode doc) {
    return doc.at("/components/parameters/collectionId/schema/enum").toString();
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  /** The first python3 that can import openapi_spec_validator, or null. */
  private static String pythonWithValidator() {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import openapi_spec_validator").start();
        if (p.waitFor() == 0) {
          return python;
        }
      } catch (IOException e) {
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return null;
  }

  /** Runs the validator; its output (empty when valid), asserting the exit status agrees. */
  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int status = p.waitFor();
      assertEquals(out.isEmpty() ? 0 : 1, status, out);
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
