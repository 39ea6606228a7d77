package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.catalog.Audience;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The attributes the investor map fades by (tiles/ParcelFilterAttributes), read back from the
 * parcels tiles by GDAL's MVT driver on both databases: each feature's park, area, price, servicing
 * and industry categories equal the database row (categories as stored, {@code ",new_energy,"});
 * an anonymous tile holds only public rows and only attributes made from public fields, and an
 * internal note never reaches a tile, public or staff.
 */
@Tag("database")
class FilterAttributesTileTest {
  private static final Set<String> TILE_ATTRIBUTES = Set.of("mvt_id", "code", "status", "land_use", "park_code",
      "area_m2", "price_wan_per_mu", "servicing", "industry_codes");
  private static final String SECRET = "内部备注-不得外泄-7f3a";
  private static Storage storage;
  private static RunningApp app;
  private static int[] tile;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    Map<String, Object> p = Sql.rows(storage, "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y"
        + " FROM parcels WHERE status IN ('available', 'listed') AND industry_codes LIKE '%,new_energy,%' ORDER BY id").get(0);
    tile = TileReader.tileOf(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue(), 14);
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parcels SET internal_note = ?")) {
        s.setString(1, SECRET);
        return s.executeUpdate();
      }
    });
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String path() {
    return "/ogc/collections/parcels/tiles/WebMercatorQuad/" + tile[0] + "/" + tile[1] + "/" + tile[2];
  }

  private static Map<Long, JsonNode> decode(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    return TileReader.features(response.body(), tile[0], tile[1], tile[2]);
  }

  @Test
  void the_filter_attributes_equal_the_database_rows() {
    Map<Long, JsonNode> features = decode(app.client().getBytes(path()));
    assertTrue(features.size() >= 2, "the tile holds parcels: " + features.size());
    int withCategories = 0;
    int withServicing = 0;
    for (Map.Entry<Long, JsonNode> e : features.entrySet()) {
      Map<String, Object> row = Sql.rows(storage, "SELECT park_code, area_m2, price_wan_per_mu, industry_codes, has_road,"
          + " has_water, has_power, has_drainage, has_gas, has_telecom, has_heating, site_levelled FROM parcels WHERE id = ?",
          e.getKey()).get(0);
      Map<String, Object> columns = new HashMap<>();
      row.forEach((k, v) -> columns.put(k.toLowerCase(java.util.Locale.ROOT), v));
      JsonNode props = e.getValue().get("properties");
      String id = "parcel " + e.getKey() + " " + props;
      assertEquals(columns.get("park_code"), text(props, "park_code"), id);
      String codes = (String) columns.get("industry_codes");
      assertEquals(codes == null || codes.isEmpty() ? null : codes, text(props, "industry_codes"), id);
      withCategories += codes != null && codes.startsWith(",") ? 1 : 0;
      String servicing = ParcelFilterAttributes.servicing(columns);
      assertEquals(servicing, text(props, "servicing"), id);
      withServicing += servicing != null ? 1 : 0;
      assertEquals(((Number) columns.get("area_m2")).doubleValue(), props.get("area_m2").asDouble(),
          1e-9 * ((Number) columns.get("area_m2")).doubleValue(), id);
      Number price = (Number) columns.get("price_wan_per_mu");
      if (price == null) {
        assertFalse(props.has("price_wan_per_mu") && !props.get("price_wan_per_mu").isNull(), id);
      } else {
        assertEquals(price.doubleValue(), props.get("price_wan_per_mu").asDouble(), 1e-9 * price.doubleValue(), id);
      }
    }
    assertTrue(withCategories > 0 && withServicing > 0, "categories and servicing are checked on real values");
  }

  @Test
  void the_tileset_metadata_says_how_the_lists_are_written() {
    JsonNode schema = app.json("/ogc/collections/parcels/tiles/WebMercatorQuad", 200).findValue("propertiesSchema");
    for (String list : List.of("industry_codes", "servicing")) {
      JsonNode field = schema.path("properties").path(list);
      assertEquals("string", field.path("type").asText(), list);
      assertTrue(field.path("description").asText().contains("when the string contains ',"), list + ": " + field);
    }
    assertEquals("number", schema.path("properties").path("area_m2").path("type").asText());
  }

  @Test
  void an_anonymous_tile_holds_public_rows_and_public_attributes_only() {
    HttpResponse<byte[]> anonymous = app.client().getBytes(path());
    for (JsonNode f : decode(anonymous).values()) {
      JsonNode props = f.get("properties");
      assertTrue(Set.of("available", "listed").contains(props.get("status").asText()), props.toString());
      Set<String> names = new TreeSet<>();
      props.fieldNames().forEachRemaining(names::add);
      assertTrue(TILE_ATTRIBUTES.containsAll(names), "only the allow-listed attributes: " + names);
    }
    // every attribute is a public field of the layer or made from public fields only
    Map<String, Field> fields = new HashMap<>();
    Layer.PARCELS.fields().forEach(f -> fields.put(f.name(), f));
    for (TileLayer.Attribute a : TileLayer.PARCELS.attributes()) {
      List<String> from = switch (a.name()) {
        case "servicing" -> List.of("has_road", "has_water", "has_power", "has_drainage", "has_gas", "has_telecom",
            "has_heating", "site_levelled");
        case "industry_codes" -> List.of("industry"); // the categories its text maps to
        case "area_m2" -> List.of(); // the stored geodesic area of the public outline
        default -> List.of(a.name());
      };
      for (String name : from) {
        assertEquals(Audience.PUBLIC, fields.get(name).audience(), a.name() + " comes from " + name);
      }
    }
    HttpResponse<byte[]> staffTile = app.staff().getBytes(path() + "?audience=staff");
    for (HttpResponse<byte[]> r : List.of(anonymous, staffTile)) {
      assertEquals(200, r.statusCode());
      assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains(SECRET), "the internal note is in no tile");
    }
  }

  private static String text(JsonNode props, String name) {
    JsonNode v = props.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
