package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.ScaledDemoData;
import parcelatlas.testing.Sql;

/**
 * The portal serves a scaled demo: a district's parcels by map box and by park, public rows only;
 * its township and park figures are those of their counterparts in 青岚市.
 */
@Tag("database")
class ScaledDemoPortalTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = ScaledDemoData.loaded(3);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void ogc_items_in_a_districts_box_are_that_districts_public_parcels() {
    String prefix = District.of(2).prefix();
    Envelope box = new Envelope();
    WKBReader wkb = new WKBReader();
    for (var row : Sql.rows(storage, "SELECT ST_AsBinary(geom) AS g FROM parcels WHERE code LIKE ?", prefix + "-%")) {
      try {
        box.expandToInclude(wkb.read((byte[]) row.get("g")).getEnvelopeInternal());
      } catch (ParseException e) {
        throw new AssertionError(e);
      }
    }
    String bbox = box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY();
    JsonNode page = app.json("/ogc/collections/parcels/items?limit=10000&bbox=" + bbox, 200);
    assertEquals(codes(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " AND code LIKE ?", prefix + "-%"),
        codes(page));
    assertTrue(page.get("features").size() > 100, "a district has hundreds of public parcels");
  }

  @Test
  void the_investor_search_finds_a_districts_park_and_only_its_parcels() {
    String park = District.of(1).code("QL-P01");
    JsonNode page = app.json("/api/investor/parcels?limit=2000&park=" + park, 200);
    Set<String> expected = codes(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " AND park_code = ?", park);
    assertEquals(expected, codes(page));
    assertEquals(expected.size(), page.get("numberMatched").asLong());
    assertEquals(Sql.count(storage, "parcels WHERE " + PUBLIC),
        app.json("/api/investor/parcels?limit=1&count=true", 200).get("numberMatched").asLong());
    Set<String> parks = new TreeSet<>();
    app.json("/api/investor/parks", 200).get("parks").forEach(p -> parks.add(p.get("code").asText()));
    assertTrue(parks.contains(park) && parks.contains(District.of(2).code("QL-P07")) && parks.contains("QL-P01"), parks.toString());
  }

  @Test
  void a_districts_township_and_park_have_the_figures_of_their_counterparts_in_qinglan() {
    District district = District.of(1);
    var staff = app.staff();
    String[][] pairs = {{"township:城关街道", "township:" + district.name() + "市城关街道"},
        {"park:QL-P01", "park:" + district.code("QL-P01")}};
    for (String[] pair : pairs) {
      JsonNode base = staff.json("/api/figures?as_of=2026-11-20&scope=" + enc(pair[0]), 200);
      JsonNode copy = staff.json("/api/figures?as_of=2026-11-20&scope=" + enc(pair[1]), 200);
      assertTrue(base.get("projectsDueToStart").asInt() > 0 || base.get("zones").asInt() > 0, base.toString());
      for (String field : List.of("projectsDueToStart", "projectsStarted", "startRatePct", "plannedInvestmentWan",
          "completedInvestmentWan", "investmentRatePct", "projectsDueInProduction", "projectsInProduction",
          "productionRatePct", "taxPaidWan", "zones", "targetHouseholds", "signedHouseholds", "demolishedHouseholds",
          "clearedAreaM2", "overdueZones", "penaltyWan")) {
        assertEquals(base.get(field), copy.get(field), pair[1] + " " + field);
      }
      if (base.get("intensityWanPerMu").isNumber()) {
        assertEquals(1, copy.get("intensityWanPerMu").asDouble() / base.get("intensityWanPerMu").asDouble(), 1e-3,
            pair[1] + " 亩均投资强度 on its own parcels' areas");
      }
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Set<String> codes(JsonNode page) {
    Set<String> ids = new TreeSet<>();
    page.get("features").forEach(f -> ids.add(f.get("properties").get("code").asText()));
    return ids;
  }

  private static Set<String> codes(Storage storage, String sql, Object param) {
    Set<String> codes = new TreeSet<>();
    Sql.rows(storage, sql, param).forEach(r -> codes.add((String) r.get("code")));
    return codes;
  }
}
