package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** OGC API – Features over HTTP against the running app with the demo city. */
@Tag("database")
class OgcApiTest {
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

  @Test
  void the_landing_page_links_conformance_and_collections() {
    JsonNode landing = staff.json("/ogc", 200);
    Set<String> rels = new TreeSet<>();
    landing.get("links").forEach(l -> rels.add(l.get("rel").asText()));
    assertTrue(rels.containsAll(Set.of("self", "conformance", "data")), rels.toString());
    JsonNode conformance = staff.json("/ogc/conformance", 200).get("conformsTo");
    assertTrue(conformance.toString().contains("ogcapi-features-1/1.0/conf/core"));
  }

  @Test
  void all_four_layers_are_collections_with_an_extent() {
    JsonNode collections = staff.json("/ogc/collections", 200).get("collections");
    List<String> ids = new ArrayList<>();
    collections.forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(List.of("parks", "parcels", "projects", "demolition-zones", "context-points"), ids);
    JsonNode bbox = staff.json("/ogc/collections/parcels", 200).get("extent").get("spatial").get("bbox").get(0);
    assertTrue(bbox.get(0).asDouble() > 117 && bbox.get(2).asDouble() < 118, bbox.toString());
  }

  @Test
  void paging_through_a_collection_returns_every_feature_once() {
    long total = Sql.count(storage, "parcels");
    List<Long> ids = new ArrayList<>();
    String url = "/ogc/collections/parcels/items?limit=137&count=true";
    int pages = 0;
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      if (pages == 0) {
        assertEquals(total, page.get("numberMatched").asLong());
      }
      page.get("features").forEach(f -> ids.add(f.get("id").asLong()));
      url = link(page, "next");
      if (url != null) {
        assertTrue(url.contains("limit=137"), url);
      }
      pages++;
    }
    assertEquals(total, ids.size());
    assertEquals(total, new TreeSet<>(ids).size());
    assertEquals((total + 136) / 137, pages);
  }

  @Test
  void bbox_returns_exactly_the_features_that_intersect_it() {
    Map<Long, Geometry> all = allFeatures("parcels");
    Geometry middle = all.get(all.keySet().stream().sorted().skip(all.size() / 2).findFirst().orElseThrow());
    Envelope box = new Envelope(middle.getCentroid().getCoordinate());
    box.expandBy(0.006, 0.004);
    GeometryFactory factory = new GeometryFactory();
    Geometry boxGeometry = factory.toGeometry(box);
    Set<Long> expected = new TreeSet<>();
    all.forEach((id, g) -> {
      if (g.intersects(boxGeometry)) {
        expected.add(id);
      }
    });
    assertFalse(expected.isEmpty());
    assertTrue(expected.size() < all.size());
    String bbox = box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY();
    Set<Long> returned = new TreeSet<>();
    String url = "/ogc/collections/parcels/items?limit=50&count=true&bbox=" + bbox;
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      assertEquals(expected.size(), page.get("numberMatched").asInt());
      page.get("features").forEach(f -> assertTrue(returned.add(f.get("id").asLong())));
      url = link(page, "next");
      if (url != null) {
        assertTrue(url.contains("bbox="), url);
      }
    }
    assertEquals(expected, returned);
  }

  @Test
  void a_feature_has_its_properties_in_chinese_and_its_area_in_mu() {
    Map<String, Object> row = Sql.rows(storage, "SELECT id, code, area_m2 FROM parcels ORDER BY id").get(0);
    JsonNode feature = staff.json("/ogc/collections/parcels/items/" + row.get("id"), 200);
    JsonNode p = feature.get("properties");
    assertEquals(row.get("code"), p.get("code").asText());
    double m2 = ((Number) row.get("area_m2")).doubleValue();
    assertEquals(m2 / (10000.0 / 15.0), p.get("area_mu").asDouble(), 0.01);
    assertFalse(p.has("internal_note"), "internal notes are never served");
    assertTrue(p.get("park_name").asText().startsWith("青岚"));
    assertEquals("MultiPolygon", feature.get("geometry").get("type").asText());
  }

  @Test
  void demolition_zones_carry_their_latest_progress() {
    JsonNode zones = staff.json("/ogc/collections/demolition-zones/items?limit=100", 200).get("features");
    int overdue = 0;
    for (JsonNode zone : zones) {
      JsonNode p = zone.get("properties");
      assertEquals("2026-11-16", p.get("latest_report_date").asText(), p.get("code").asText());
      double expected = 100.0 * p.get("demolished_households").asDouble() / p.get("target_households").asDouble();
      assertEquals(expected, p.get("demolished_pct").asDouble(), 0.051);
      overdue += p.get("overdue").asBoolean() ? 1 : 0;
    }
    assertTrue(overdue > 0, "the demo has overdue zones");
  }

  @Test
  void bad_requests_get_400_and_unknown_things_404_as_json() {
    assertEquals("BboxInvalid",
        staff.json("/ogc/collections/parcels/items?bbox=1,2,3", 400).get("code").asText());
    staff.json("/ogc/collections/parcels/items?limit=0", 400);
    staff.json("/ogc/collections/parcels/items?limit=abc", 400);
    // limit and offset are read once (OgcItems.PageText); the refusals stay as they were
    assertEquals("NumberExpected", app.json("/ogc/collections/parcels/items?limit=99999999999", 400).get("code").asText());
    assertEquals("limit must be between 1 and 10000, got 20000",
        app.json("/ogc/collections/parcels/items?limit=20000", 400).get("description").asText());
    assertEquals("offset must be between 0 and " + OgcPaging.MAX_OFFSET + ", got -1",
        app.json("/ogc/collections/parcels/items?offset=-1", 400).get("description").asText());
    staff.json("/ogc/collections/parcels/items?colour=red", 400);
    staff.json("/ogc/collections/parcels/items?bbox=200,0,210,10", 400);
    staff.json("/ogc/collections/nothing/items", 404);
    staff.json("/ogc/collections/parcels/items/999999999", 404);
    staff.json("/ogc/collections/parcels/items/abc", 404);
  }

  @Test
  void anonymous_visitors_see_parks_and_land_ready_parcels_only() {
    JsonNode collections = app.json("/ogc/collections", 200).get("collections");
    List<String> ids = new ArrayList<>();
    collections.forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(List.of("parks", "parcels", "context-points"), ids);
    assertEquals("SignInToSee", app.json("/ogc/collections/projects/items", 401).get("code").asText());
    app.json("/ogc/collections/demolition-zones", 401);
    long public_ = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    List<String> crafted = List.of("?limit=10000", "?limit=10000&offset=0", "?limit=7&offset=20&count=true",
        "?bbox=-180,-90,180,90&limit=10000", "?f=json&limit=10000");
    for (String query : crafted) {
      JsonNode page = app.json("/ogc/collections/parcels/items" + query, 200);
      assertEquals(public_, page.get("numberMatched").asLong(), query);
      for (JsonNode f : page.get("features")) {
        assertTrue(List.of("available", "listed").contains(f.get("properties").get("status").asText()), query);
        assertFalse(f.get("properties").has("internal_note"), query);
      }
    }
    Object hidden = Sql.rows(storage, "SELECT id FROM parcels WHERE status = 'idle'").get(0).get("id");
    app.json("/ogc/collections/parcels/items/" + hidden, 404);
    staff.json("/ogc/collections/parcels/items/" + hidden, 200);
    assertEquals(Sql.count(storage, "parcels"), staff.json("/ogc/collections/parcels/items?limit=1&count=true", 200)
        .get("numberMatched").asLong());
  }

  /** The stored geometries, read straight from the database as WKB: the reference for bbox. */
  private static Map<Long, Geometry> allFeatures(String table) {
    Map<Long, Geometry> all = new HashMap<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT id, ST_AsBinary(geom) AS wkb FROM " + table)) {
      try {
        all.put(((Number) row.get("id")).longValue(), new WKBReader().read((byte[]) row.get("wkb")));
      } catch (org.locationtech.jts.io.ParseException e) {
        throw new AssertionError(e);
      }
    }
    return all;
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
