package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** OGC API – Features Part 3 over HTTP: CQL2 filters, sortby, queryables, roles. */
@Tag("database")
class OgcFilterTest {
  private static final String ITEMS = "/ogc/collections/parcels/items";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<Long> ids(String sql, Object... params) {
    List<Long> ids = new ArrayList<>();
    Sql.rows(storage, sql, params).forEach(r -> ids.add(((Number) r.get("id")).longValue()));
    return ids;
  }

  @Test
  void filter_sortby_and_paging_give_every_matching_feature_once_in_order() {
    List<Long> expected = ids("SELECT id FROM parcels WHERE status IN ('available', 'listed', 'transferred')"
        + " AND area_m2 > 15000 ORDER BY area_m2 DESC, code, id");
    assertTrue(expected.size() > 100, "several pages: " + expected.size());
    String url = ITEMS + "?limit=37&count=true&filter=" + q("status IN ('available', 'listed', 'transferred') AND area_m2 > 15000")
        + "&sortby=" + q("-area_m2,+code");
    List<Long> returned = new ArrayList<>();
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      if (returned.isEmpty()) {
        assertEquals(expected.size(), page.get("numberMatched").asInt(), "the first page is counted");
      }
      page.get("features").forEach(f -> returned.add(f.get("id").asLong()));
      url = link(page, "next");
      if (url != null) {
        assertTrue(url.contains("filter=") && url.contains("sortby=") && url.contains("limit=37"), url);
      }
    }
    assertEquals(expected, returned);
  }

  @Test
  void queryables_as_parameters_filter_by_equality() {
    List<Long> expected = ids("SELECT id FROM parcels WHERE status = 'listed' AND land_use = 'M1' AND has_gas = TRUE ORDER BY id");
    assertFalse(expected.isEmpty());
    JsonNode page = staff.json(ITEMS + "?limit=10000&status=listed&land_use=M1&has_gas=true", 200);
    List<Long> returned = new ArrayList<>();
    page.get("features").forEach(f -> returned.add(f.get("id").asLong()));
    assertEquals(expected, returned);
  }

  @Test
  void bad_filters_get_400_naming_the_problem() {
    assertTrue(description(ITEMS + "?filter=" + q("colour = 'red'")).contains("unknown property 'colour' of parcels"));
    assertTrue(description(ITEMS + "?filter=" + q("area_m2 > 'big'")).contains("'area_m2' is a number but a string is given at character 11"));
    assertTrue(description(ITEMS + "?filter=" + q("(code = 'x'")).contains("expected ')'"));
    assertTrue(description(ITEMS + "?filter-lang=cql2-json&filter=" + q("code = 'x'")).contains("filter-lang must be cql2-text"));
    assertTrue(description(ITEMS + "?filter-crs=" + q("http://www.opengis.net/def/crs/EPSG/0/4214") + "&filter=" + q("code = 'x'"))
        .contains("filter-crs 'http://www.opengis.net/def/crs/EPSG/0/4214' is not supported"));
    assertTrue(description(ITEMS + "?sortby=colour").contains("sortby: unknown property 'colour'"));
    assertTrue(description(ITEMS + "?filter=a&filter=b").contains("give 'filter' once"));
    assertTrue(description(ITEMS + "?area_m2=big").contains("parameter 'area_m2' is a number"));
    assertTrue(description(ITEMS + "?colour=red").contains("unknown query parameter 'colour'"));
    staff.json(ITEMS + "?filter-lang=cql2-text&filter-crs=" + q("http://www.opengis.net/def/crs/OGC/1.3/CRS84")
        + "&filter=" + q("S_INTERSECTS(geometry, POINT(117.3 34.7))"), 200);
  }

  private static String description(String url) {
    return staff.json(url, 400).get("description").asText();
  }

  @Test
  void an_anonymous_or_cannot_reach_past_the_public_parcels() {
    long publicCount = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    for (String filter : List.of("status = 'idle' OR code IS NOT NULL", "TRUE OR status = 'idle'",
        "NOT (status = 'available') OR NOT (status <> 'available')")) {
      JsonNode page = app.json(ITEMS + "?limit=10000&filter=" + q(filter), 200);
      assertTrue(page.get("numberMatched").asLong() <= publicCount, filter);
      for (JsonNode f : page.get("features")) {
        assertTrue(Set.of("available", "listed").contains(f.get("properties").get("status").asText()), filter);
      }
    }
    assertEquals(publicCount, app.json(ITEMS + "?limit=1&count=true&filter=" + q("status = 'idle' OR code IS NOT NULL"), 200)
        .get("numberMatched").asLong());
    assertEquals(0, app.json(ITEMS + "?status=idle", 200).get("numberMatched").asLong());
    assertTrue(app.json(ITEMS + "?filter=" + q("internal_note IS NOT NULL"), 400).get("description").asText()
        .contains("unknown property 'internal_note'"));
    app.json("/ogc/collections/projects/items?filter=" + q("leader LIKE '%'"), 401);
    app.json("/ogc/collections/projects/queryables", 401);
  }

  @Test
  void injection_strings_are_values_or_refusals_and_change_nothing() {
    long before = Sql.count(storage, "parcels");
    assertEquals(0, staff.json(ITEMS + "?filter=" + q("code = 'x'' OR ''1''=''1'"), 200).get("numberMatched").asLong());
    assertEquals(0, staff.json(ITEMS + "?code=" + q("x' OR '1'='1"), 200).get("numberMatched").asLong());
    staff.json(ITEMS + "?filter=" + q("code = 'x'; DROP TABLE parcels; --"), 400);
    staff.json(ITEMS + "?sortby=" + q("code; DROP TABLE parcels"), 400);
    staff.json(ITEMS + "?filter=" + q("\"code\" = 'x' OR \"1=1 --\" IS NULL"), 400);
    assertEquals(before, Sql.count(storage, "parcels"));
  }

  @Test
  void queryables_list_exactly_what_a_filter_accepts() {
    HttpResponse<String> response = staff.get("/ogc/collections/parcels/queryables");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
    JsonNode schema = ApiClient.parse(response.body());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    Set<String> listed = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(listed::add);
    Set<String> served = new TreeSet<>(Set.of("geometry", "industry_codes")); // the categories: CategoryFilterTest
    ServedCollection.PARCELS.properties().stream().map(Property::name).forEach(served::add);
    assertEquals(served, listed);
    assertEquals("geometry-any", schema.get("properties").get("geometry").get("format").asText());
    assertEquals("number", schema.get("properties").get("area_m2").get("type").asText());
    assertEquals("date", schema.get("properties").get("available_date").get("format").asText());
    assertEquals("供地状态", schema.get("properties").get("status").get("title").asText());
    assertTrue(schema.get("properties").get("status").get("enum").toString().contains("\"available\""));
    long total = Sql.count(storage, "parcels");
    for (String name : listed) {
      String filter = name.equals("geometry") ? "S_INTERSECTS(geometry, BBOX(-180, -90, 180, 90))"
          : name.equals("industry_codes") ? "A_CONTAINS(industry_codes, ('food')) OR NOT A_CONTAINS(industry_codes, ('food'))"
          : "\"" + name + "\" IS NULL OR \"" + name + "\" IS NOT NULL";
      assertEquals(total, staff.json(ITEMS + "?limit=1&count=true&filter=" + q(filter), 200).get("numberMatched").asLong(), name);
    }
    for (String unlisted : List.of("internal_note", "area_mu", "id", "geom", "source_file")) {
      staff.json(ITEMS + "?filter=" + q("\"" + unlisted + "\" IS NULL"), 400);
    }
    JsonNode links = staff.json("/ogc/collections/parcels", 200).get("links");
    assertTrue(links.toString().contains("/ogc/collections/parcels/queryables"), links.toString());
    assertTrue(app.json("/ogc/collections/parks/queryables", 200).get("properties").has("level"));
    assertTrue(staff.json("/ogc/conformance", 200).toString().contains("ogcapi-features-3/1.0/conf/filter"));
  }

  private static String link(JsonNode page, String rel) {
    for (JsonNode l : page.get("links")) {
      if (l.get("rel").asText().equals(rel)) {
        return l.get("href").asText();
      }
    }
    return null;
  }
}
