package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * The stored nearest distances ({@link ContextDistances}) equal a fresh computation over every
 * pair of parcel and point (the same {@code ATLAS_GEODESIC_M}, within 300 km) after the demo load,
 * after importing a new highway exit in the middle of the city, after re-importing a parcel moved
 * elsewhere, and after deleting context points and a parcel.
 */
@Tag("database")
class ContextDistancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Storage storage;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void stop() {
    storage.close();
  }

  /** parcel id / kind → metres (null: none within 300 km), as stored. */
  private static Map<String, Double> stored() {
    Map<String, Double> rows = new HashMap<>();
    for (Map<String, Object> r : Sql.rows(storage, "SELECT d.parcel_id, d.kind, d.metres, ATLAS_GEODESIC_M(p.geom, c.geom) AS check_m"
        + " FROM context_distances d JOIN parcels p ON p.id = d.parcel_id LEFT JOIN context_points c ON c.id = d.point_id")) {
      Double metres = r.get("metres") == null ? null : ((Number) r.get("metres")).doubleValue();
      if (metres != null) {
        assertEquals(metres, ((Number) r.get("check_m")).doubleValue(), 1e-6, "the stored point is at the stored distance: " + r);
      }
      rows.put(r.get("parcel_id") + "/" + r.get("kind"), metres);
    }
    return rows;
  }

  /** The same, computed afresh: every parcel, every kind, the least distance to any point of the kind. */
  private static Map<String, Double> fresh() {
    Map<String, Double> rows = new HashMap<>();
    List<Map<String, Object>> parcels = Sql.rows(storage, "SELECT id FROM parcels");
    for (Map<String, Object> p : parcels) {
      for (parcelatlas.domain.ContextKind kind : parcelatlas.domain.ContextKind.values()) {
        rows.put(p.get("id") + "/" + kind.code(), null);
      }
    }
    for (Map<String, Object> r : Sql.rows(storage, "SELECT p.id, c.kind, MIN(ATLAS_GEODESIC_M(p.geom, c.geom)) AS m"
        + " FROM parcels p CROSS JOIN context_points c GROUP BY p.id, c.kind")) {
      double m = ((Number) r.get("m")).doubleValue();
      if (m <= ContextDistances.MAX_M) {
        rows.put(r.get("id") + "/" + r.get("kind"), m);
      }
    }
    return rows;
  }

  private static void assertFresh(String after) {
    Map<String, Double> stored = stored();
    Map<String, Double> fresh = fresh();
    assertEquals(fresh.keySet(), stored.keySet(), after + ": one row per parcel and kind");
    fresh.forEach((key, m) -> {
      Double s = stored.get(key);
      if (m == null) {
        assertEquals(null, s, after + ": " + key);
      } else {
        assertTrue(s != null && Math.abs(s - m) < 1e-6, after + ": " + key + " stored " + s + ", fresh " + m);
      }
    });
  }

  private static long rowsNaming(String pointCode) {
    return ((Number) Sql.rows(storage, "SELECT COUNT(*) AS n FROM context_distances d JOIN context_points c"
        + " ON c.id = d.point_id WHERE c.code = ?", pointCode).get(0).get("n")).longValue();
  }

  private static Double distance(String parcelCode, String kind) {
    List<Map<String, Object>> r = Sql.rows(storage, "SELECT d.metres FROM context_distances d JOIN parcels p"
        + " ON p.id = d.parcel_id WHERE p.code = ? AND d.kind = ?", parcelCode, kind);
    return r.isEmpty() || r.get(0).get("metres") == null ? null : ((Number) r.get(0).get("metres")).doubleValue();
  }

  @Test
  void stored_distances_equal_a_fresh_computation_through_imports_moves_and_deletes(@TempDir Path dir) throws Exception {
    assertFresh("after the demo load");
    assertTrue(Sql.count(storage, "context_distances") == 6 * Sql.count(storage, "parcels"));

    // (b) a new highway exit in the middle of the city
    Path exit = dir.resolve("exit.geojson");
    Files.writeString(exit, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
        + "{\"type\":\"Point\",\"coordinates\":[117.30,34.75]},\"properties\":{\"code\":\"T-EXIT\",\"name\":\"中心出入口\","
        + "\"name_en\":\"Centre Exit\",\"kind\":\"highway_exit\"}}]}");
    LayerImporter.run(storage, ImportOptions.of(Layer.CONTEXT_POINTS, exit));
    assertTrue(rowsNaming("T-EXIT") > 50, "the new exit is the nearest of many parcels: " + rowsNaming("T-EXIT"));
    assertFresh("after importing a new highway exit");

    // (c) a parcel re-imported 0.1° further east (about 9 km)
    JsonNode all = JSON.readTree(DemoData.file("parcels.geojson").toFile());
    ObjectNode feature = (ObjectNode) all.get("features").get(0);
    String code = feature.get("properties").get("code").asText();
    for (JsonNode ring : feature.get("geometry").get("coordinates")) {
      for (JsonNode xy : ring) {
        ((ArrayNode) xy).set(0, xy.get(0).asDouble() + 0.1);
      }
    }
    Path moved = dir.resolve("moved.geojson");
    ObjectNode one = JSON.createObjectNode().put("type", "FeatureCollection");
    one.putArray("features").add(feature);
    Files.writeString(moved, JSON.writeValueAsString(one));
    Double before = distance(code, "substation");
    LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, moved));
    assertNotEquals(before, distance(code, "substation"), "the moved parcel's nearest substation is measured again");
    assertFresh("after re-importing a moved parcel");

    // (d) the new exit and a substation deleted, and a parcel
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM context_points WHERE code IN ('T-EXIT',"
          + " (SELECT MIN(code) FROM context_points WHERE kind = 'substation'))")) {
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM parcels WHERE code = ?")) {
        s.setString(1, code);
        s.executeUpdate();
      }
      ContextDistances.refresh(c);
      return null;
    });
    assertEquals(0, rowsNaming("T-EXIT"));
    assertFresh("after deleting context points and a parcel");
  }
}
