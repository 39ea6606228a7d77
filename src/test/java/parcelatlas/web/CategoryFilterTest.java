package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import parcelatlas.industry.IndustryCatalogue;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The industry category as a CQL2 queryable ({@code industry_codes}, tested with the array
 * functions): OGC items, exports and export counts filtered by a category give exactly the parcels
 * whose stored codes hold it (a direct SQL count, and each parcel's industry text mapped by the
 * catalogue in Java); a code outside the catalogue is a 400 naming the field and the value.
 */
@Tag("database")
class CategoryFilterTest {
  private static final String HAS = "industry_codes LIKE '%,new!_energy,%' ESCAPE '!'";
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

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Set<String> codes(JsonNode features) {
    Set<String> codes = new TreeSet<>();
    features.forEach(f -> codes.add(f.get("properties").get("code").asText()));
    return codes;
  }

  private static Set<String> sqlCodes(String where) {
    Set<String> codes = new TreeSet<>();
    Sql.rows(storage, "SELECT code FROM parcels WHERE " + where).forEach(r -> codes.add((String) r.get("code")));
    return codes;
  }

  @Test
  void items_filtered_by_a_category_are_exactly_the_parcels_holding_it() {
    Set<String> expected = sqlCodes(HAS);
    assertTrue(expected.size() > 0 && expected.size() < Sql.count(storage, "parcels"), "a category holds some parcels");
    JsonNode page = staff.json("/ogc/collections/parcels/items?limit=1000&filter="
        + q("A_CONTAINS(industry_codes, ('new_energy'))"), 200);
    assertEquals(expected.size(), page.get("numberMatched").asLong());
    assertEquals(expected, codes(page.get("features")));
    List<String> texts = new ArrayList<>();
    page.get("features").forEach(f -> texts.add(f.get("properties").path("industry").asText(null)));
    for (String text : texts) {
      assertTrue(IndustryCatalogue.get().codesOf(text).contains("new_energy"), text);
    }
    JsonNode param = staff.json("/ogc/collections/parcels/items?limit=1000&industry_codes=new_energy", 200);
    assertEquals(expected, codes(param.get("features")), "?industry_codes=CODE means 'has this category'");
    JsonNode anonymous = app.json("/ogc/collections/parcels/items?limit=1000&filter="
        + q("A_CONTAINS(industry_codes, ('new_energy')) OR status = 'in_production'"), 200);
    assertEquals(sqlCodes(HAS + " AND status IN ('available', 'listed')"), codes(anonymous.get("features")),
        "an OR in the filter does not widen what anonymous visitors see");
  }

  @Test
  void the_other_array_functions_follow_the_cql2_meanings() {
    String either = "(" + HAS + " OR industry_codes LIKE '%,logistics,%')";
    String both = "(" + HAS + " AND industry_codes LIKE '%,logistics,%')";
    assertEquals(sqlCodes(either), items("A_OVERLAPS(industry_codes, ('new_energy', 'logistics'))"));
    assertEquals(sqlCodes(both), items("A_CONTAINS(industry_codes, ('logistics', 'new_energy'))"));
    assertEquals(sqlCodes("industry_codes = ',new_energy,'"), items("A_EQUALS(industry_codes, ('new_energy'))"));
    assertEquals(sqlCodes("industry_codes IN ('', ',new_energy,')"), items("A_CONTAINEDBY(industry_codes, ('new_energy'))"));
    assertEquals(sqlCodes(HAS), items("A_CONTAINEDBY(('new_energy'), industry_codes)"), "the literal first reads the other way");
    assertEquals(Sql.count(storage, "parcels WHERE NOT " + HAS), staff.json("/ogc/collections/parcels/items?limit=1&count=true&filter="
        + q("NOT A_CONTAINS(industry_codes, ('new_energy'))"), 200).get("numberMatched").asLong());
  }

  /** The codes of the parcels the filter matches (fewer than a page), checked against numberMatched. */
  private static Set<String> items(String filter) {
    JsonNode page = staff.json("/ogc/collections/parcels/items?limit=1000&filter=" + q(filter), 200);
    Set<String> codes = codes(page.get("features"));
    assertEquals(page.get("numberMatched").asLong(), codes.size(), filter);
    return codes;
  }

  @Test
  void an_export_and_its_count_filtered_by_a_category_hold_exactly_those_parcels() {
    Set<String> expected = sqlCodes(HAS + " AND area_m2 > 10000");
    String filter = q("A_CONTAINS(industry_codes, ('new_energy')) AND area_m2 > 10000");
    JsonNode count = staff.json("/api/export/count?layer=parcels&format=geojson&filter=" + filter, 200);
    assertEquals(expected.size(), count.get("numberMatched").asLong(), count.toString());
    HttpResponse<byte[]> file = staff.getBytes("/api/export?layer=parcels&format=geojson&filter=" + filter);
    assertEquals(200, file.statusCode());
    JsonNode geojson = ApiClient.parse(new String(file.body(), StandardCharsets.UTF_8));
    assertEquals(expected, codes(geojson.get("features")));
  }

  @Test
  void a_category_outside_the_catalogue_is_refused_naming_the_field_and_the_value() {
    String bad = q("A_CONTAINS(industry_codes, ('new_energy', 'perpetual_motion'))");
    for (String path : new String[] {"/ogc/collections/parcels/items?filter=" + bad,
        "/api/export/count?layer=parcels&format=geojson&filter=" + bad, "/api/export?layer=parcels&format=csv&filter=" + bad,
        "/ogc/collections/parcels/items?industry_codes=perpetual_motion"}) {
      JsonNode body = ApiClient.parse(staff.get(path).body());
      assertEquals("FilterUnknownValue", body.get("code").asText(), path + ": " + body);
      assertEquals("industry_codes", body.get("params").get("property").asText(), body.toString());
      assertEquals("perpetual_motion", body.get("params").get("value").asText(), body.toString());
      assertEquals(400, staff.get(path).statusCode());
    }
    JsonNode compared = ApiClient.parse(staff.get("/ogc/collections/parcels/items?filter="
        + q("industry_codes = 'new_energy'")).body());
    assertEquals("FilterInvalid", compared.get("code").asText(), compared.toString());
    assertTrue(compared.get("description").asText().contains("A_CONTAINS(industry_codes"), compared.toString());
    JsonNode notASet = ApiClient.parse(staff.get("/ogc/collections/parcels/items?filter="
        + q("A_CONTAINS(status, ('listed'))")).body());
    assertEquals("FilterInvalid", notASet.get("code").asText(), notASet.toString());
  }

  @Test
  void the_queryables_list_the_category_with_the_catalogue_as_its_enum() {
    JsonNode schema = app.json("/ogc/collections/parcels/queryables", 200).get("properties").get("industry_codes");
    assertEquals("产业类别", schema.get("title").asText());
    assertEquals("array", schema.get("type").asText());
    List<String> codes = new ArrayList<>();
    schema.get("items").get("enum").forEach(c -> codes.add(c.asText()));
    assertEquals(IndustryCatalogue.get().codes(), codes);
    assertTrue(app.json("/ogc/collections/parks/queryables", 200).get("properties").has("industry_codes"));
    assertTrue(!app.json("/ogc/collections/context-points/queryables", 200).get("properties").has("industry_codes"));
  }
}
