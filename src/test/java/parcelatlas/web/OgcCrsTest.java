package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** OGC API – Features Part 2: crs and bbox-crs in EPSG axis order, checked against GDAL 3.6. */
@Tag("database")
class OgcCrsTest {
  private static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";
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
    app.close();
    storage.close();
  }

  @Test
  void collections_list_every_supported_crs_and_crs84_as_their_storage_crs() {
    JsonNode parcels = staff.json("/ogc/collections/parcels", 200);
    List<String> crs = new ArrayList<>();
    parcels.get("crs").forEach(c -> crs.add(c.asText()));
    assertEquals(OgcCrs.CRS84_URI, crs.get(0));
    assertTrue(crs.containsAll(List.of(EPSG + 4326, EPSG + 4490, EPSG + 3857, EPSG + 4491, EPSG + 4527, EPSG + 4554)));
    assertEquals(1 + 3 + (4554 - 4491 + 1), crs.size());
    assertEquals(OgcCrs.CRS84_URI, parcels.get("storageCrs").asText());
  }

  @Test
  void features_come_in_each_crs_in_its_epsg_axis_order_within_a_centimetre_of_gdal() {
    JsonNode crs84 = staff.json("/ogc/collections/parcels/items?limit=20&offset=300", 200);
    List<double[]> lonLats = positions(crs84);
    for (int code : List.of(4326, 4490, 3857, 4527, 4548, 4498)) {
      HttpResponse<String> response = staff.get("/ogc/collections/parcels/items?limit=20&offset=300&crs=" + EPSG + code);
      assertEquals(200, response.statusCode(), response.body());
      assertEquals("<" + EPSG + code + ">", response.headers().firstValue("Content-Crs").orElseThrow());
      JsonNode page = ApiClient.parse(response.body());
      assertEquals(ids(crs84), ids(page));
      List<double[]> got = positions(page);
      List<double[]> gdal = GdalCrsReference.fromWgs84(code, lonLats);
      boolean swap = GdalCrsReference.firstAxisIsNorth(code);
      assertEquals(code != 3857, swap, "GDAL's axis order for EPSG:" + code);
      boolean geographic = Crs.epsg(code).isGeographic();
      double tolerance = geographic ? 1e-7 : 0.01;
      double worst = 0;
      for (int i = 0; i < got.size(); i++) {
        double[] expected = swap ? new double[] {gdal.get(i)[1], gdal.get(i)[0]} : gdal.get(i);
        worst = Math.max(worst, Math.max(Math.abs(expected[0] - got.get(i)[0]), Math.abs(expected[1] - got.get(i)[1])));
      }
      assertTrue(worst <= tolerance, "EPSG:" + code + " differs from GDAL by " + worst);
    }
  }

  @Test
  void one_feature_comes_in_a_crs_too_and_epsg_shorthand_means_the_same_crs() {
    long id = ((Number) Sql.rows(storage, "SELECT id FROM parcels ORDER BY id").get(5).get("id")).longValue();
    HttpResponse<String> item = staff.get("/ogc/collections/parcels/items/" + id + "?crs=EPSG:4527");
    assertEquals("<" + EPSG + "4527>", item.headers().firstValue("Content-Crs").orElseThrow());
    JsonNode feature = ApiClient.parse(item.body());
    JsonNode inPage = staff.json("/ogc/collections/parcels/items?limit=1&offset=5&crs=" + EPSG + 4527, 200)
        .get("features").get(0);
    assertEquals(inPage.get("geometry"), feature.get("geometry"));
    assertEquals("<" + OgcCrs.CRS84_URI + ">", staff.get("/ogc/collections/parcels/items/" + id)
        .headers().firstValue("Content-Crs").orElseThrow());
    String next = link(staff.json("/ogc/collections/parcels/items?limit=2&crs=EPSG:4527", 200), "next");
    assertTrue(next.contains("crs=EPSG%3A4527"), next);
  }

  @Test
  void a_bbox_in_gauss_krueger_northing_first_selects_what_intersects_the_projected_rectangle() {
    Crs gk = Crs.epsg(4527);
    Reprojector toGk = Reprojector.of(Crs.WGS84, gk);
    Map<Long, Geometry> all = new java.util.HashMap<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT id, ST_AsBinary(geom) AS wkb FROM parcels")) {
      try {
        all.put(((Number) row.get("id")).longValue(), toGk.apply(new WKBReader().read((byte[]) row.get("wkb"))));
      } catch (org.locationtech.jts.io.ParseException e) {
        throw new AssertionError(e);
      }
    }
    Geometry middle = all.get(all.keySet().stream().sorted().skip(all.size() / 2).findFirst().orElseThrow());
    Envelope box = new Envelope(middle.getCentroid().getCoordinate());
    box.expandBy(450, 320);
    Geometry rectangle = new GeometryFactory().toGeometry(box);
    Set<Long> expected = new TreeSet<>();
    all.forEach((id, g) -> {
      if (g.intersects(rectangle)) {
        expected.add(id);
      }
    });
    assertTrue(expected.size() > 3 && expected.size() < all.size(), expected.toString());
    String northFirst = box.getMinY() + "," + box.getMinX() + "," + box.getMaxY() + "," + box.getMaxX();
    assertEquals(expected, allIds("/ogc/collections/parcels/items?limit=7&bbox-crs=" + EPSG + "4527&bbox=" + northFirst));
  }

  @Test
  void a_latitude_first_bbox_in_epsg_4326_selects_the_same_as_the_crs84_box() {
    Set<Long> crs84 = allIds("/ogc/collections/parcels/items?limit=50&bbox=117.25,34.65,117.35,34.75");
    assertFalse(crs84.isEmpty());
    assertEquals(crs84, allIds("/ogc/collections/parcels/items?limit=50&bbox=34.65,117.25,34.75,117.35&bbox-crs="
        + EPSG + "4326"));
    assertEquals(crs84, allIds("/ogc/collections/parcels/items?limit=50&bbox=34.65,117.25,34.75,117.35&bbox-crs="
        + "EPSG:4490"));
  }

  @Test
  void an_unsupported_crs_is_a_400_that_lists_the_supported_ones() {
    for (String query : List.of("crs=EPSG:4214", "crs=http://www.opengis.net/def/crs/EPSG/0/2000", "crs=CRS:85",
        "bbox=1,2,3,4&bbox-crs=EPSG:32650")) {
      JsonNode error = staff.json("/ogc/collections/parcels/items?" + query, 400);
      assertTrue(error.get("description").asText().contains(OgcCrs.CRS84_URI), query);
      assertTrue(error.get("description").asText().contains(EPSG + "{4326, 4490, 3857, 4491 to 4554}"), query);
    }
    staff.json("/ogc/collections/parcels/items?bbox-crs=EPSG:4527", 400);
    staff.json("/ogc/collections/parcels/items?bbox=1,2,3&bbox-crs=EPSG:4527", 400);
    staff.json("/ogc/collections/parcels/items?bbox=4,2,3,5&bbox-crs=EPSG:4527", 400);
    staff.json("/ogc/collections/parcels/items/1?crs=EPSG:9999", 400);
    assertEquals("SignInToSee", app.json("/ogc/collections/projects/items?crs=EPSG:4527", 401).get("code").asText());
  }

  private Set<Long> allIds(String url) {
    Set<Long> ids = new TreeSet<>();
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      page.get("features").forEach(f -> assertTrue(ids.add(f.get("id").asLong()), "none twice"));
      url = link(page, "next");
    }
    return ids;
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("features").forEach(f -> ids.add(f.get("id").asLong()));
    return ids;
  }

  /** Every position of every feature, in document order. */
  private static List<double[]> positions(JsonNode page) {
    List<double[]> out = new ArrayList<>();
    page.get("features").forEach(f -> collect(f.get("geometry").get("coordinates"), out));
    return out;
  }

  private static void collect(JsonNode node, List<double[]> out) {
    if (node.get(0).isNumber()) {
      out.add(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
    } else {
      node.forEach(child -> collect(child, out));
    }
  }

  private static String link(JsonNode page, String rel) {
    return OgcHtml.href(page, rel);
  }
}
