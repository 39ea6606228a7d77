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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * {@code context_distances} equals brute force ({@link ContextOracle}) after every path that writes
 * parcels or points: the demo load, a new point, a re-imported moved parcel, a parcel moved by plain
 * SQL, deleted points and parcels, an import of parcels with points present (into an empty table
 * and into one with rows), {@code demo --scale}; an import without any point writes no row.
 */
@Tag("database")
class ContextDistancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Double metres(Storage storage, String parcel, String kind) {
    List<Map<String, Object>> r = Sql.rows(storage, "SELECT metres FROM context_distances WHERE parcel_code = ? AND kind = ?",
        parcel, kind);
    return r.isEmpty() ? null : ((Number) r.get(0).get("metres")).doubleValue();
  }

  private static long rowsNaming(Storage storage, String pointCode) {
    return Sql.count(storage, "context_distances d JOIN context_points c ON c.id = d.point_id WHERE c.code = '"
        + pointCode + "'");
  }

  /** The demo's parcels, each moved by (dx, dy) degrees and coded prefix + its code, as GeoJSON (first n). */
  static Path shiftedParcels(Path dir, String prefix, double dx, double dy, int n) throws Exception {
    return shiftedParcels(dir, prefix, dx, dy, n, false);
  }

  /** As above; only land-ready ones (available, listed) when {@code onlyPublic}. */
  static Path shiftedParcels(Path dir, String prefix, double dx, double dy, int n, boolean onlyPublic) throws Exception {
    JsonNode all = JSON.readTree(DemoData.file("parcels.geojson").toFile());
    ArrayNode kept = JSON.createArrayNode();
    for (JsonNode f : all.get("features")) {
      if (kept.size() == n) {
        break;
      }
      ObjectNode feature = (ObjectNode) f;
      String status = f.get("properties").get("status").asText();
      if (onlyPublic && !status.equals("available") && !status.equals("listed")) {
        continue;
      }
      ObjectNode props = (ObjectNode) feature.get("properties");
      props.put("code", prefix + props.get("code").asText());
      for (JsonNode polygon : feature.get("geometry").get("type").asText().equals("MultiPolygon")
          ? feature.get("geometry").get("coordinates") : JSON.createArrayNode().add(feature.get("geometry").get("coordinates"))) {
        for (JsonNode ring : polygon) {
          for (JsonNode xy : ring) {
            ((ArrayNode) xy).set(0, xy.get(0).asDouble() + dx);
            ((ArrayNode) xy).set(1, xy.get(1).asDouble() + dy);
          }
        }
      }
      kept.add(feature);
    }
    ObjectNode out = JSON.createObjectNode().put("type", "FeatureCollection");
    out.set("features", kept);
    Path file = dir.resolve(prefix + "parcels.geojson");
    Files.writeString(file, JSON.writeValueAsString(out));
    return file;
  }

  @Test
  void stored_distances_equal_brute_force_through_the_demo_load_new_points_moves_and_deletes(@TempDir Path dir)
      throws Exception {
    try (Storage storage = DemoData.loaded()) {
      ContextOracle.assertCurrent(storage, "after the demo load");
      assertEquals(6 * Sql.count(storage, "parcels"), Sql.count(storage, "context_distances"), "every kind within 300 km");

      Path exit = dir.resolve("exit.geojson");
      Files.writeString(exit, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
          + "{\"type\":\"Point\",\"coordinates\":[117.30,34.75]},\"properties\":{\"code\":\"T-EXIT\",\"name\":\"中心出入口\","
          + "\"name_en\":\"Centre Exit\",\"kind\":\"highway_exit\"}}]}");
      LayerImporter.run(storage, ImportOptions.of(Layer.CONTEXT_POINTS, exit));
      assertTrue(rowsNaming(storage, "T-EXIT") > 50, "the new exit is the nearest of many parcels");
      ContextOracle.assertCurrent(storage, "after importing a new highway exit");

      Path moved = shiftedParcels(dir, "", 0.1, 0, 1);
      String code = "QL-P01-A-001";
      Double before = metres(storage, code, "substation");
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, moved));
      assertNotEquals(before, metres(storage, code, "substation"), "the re-imported parcel is measured again");
      ContextOracle.assertCurrent(storage, "after re-importing a moved parcel");

      String other = (String) Sql.rows(storage, "SELECT MAX(code) AS c FROM parcels").get(0).get("c");
      Double otherBefore = metres(storage, other, "port");
      storage.inTransaction(c -> { // a writer outside the portal: the note, then the next refresh
        try (PreparedStatement s = c.prepareStatement("UPDATE parcels SET geom = ST_Translate(geom, -0.2, 0.1) WHERE code = ?")) {
          s.setString(1, other);
          s.executeUpdate();
        }
        assertEquals(java.util.Set.of(ContextDistances.ALL), ContextDistances.staleKinds(c));
        ContextDistances.refreshIfStale(c, storage.dialect());
        return null;
      });
      assertNotEquals(otherBefore, metres(storage, other, "port"));
      ContextOracle.assertCurrent(storage, "after moving a parcel by SQL");

      storage.inTransaction(c -> {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM context_points WHERE code IN ('T-EXIT',"
            + " (SELECT MIN(code) FROM context_points WHERE kind = 'substation'))")) {
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM parcels WHERE code = ?")) {
          s.setString(1, code);
          s.executeUpdate();
        }
        ContextDistances.refreshIfStale(c, storage.dialect());
        return null;
      });
      assertEquals(0, rowsNaming(storage, "T-EXIT"));
      assertEquals(null, metres(storage, code, "port"), "a deleted parcel's rows go");
      ContextOracle.assertCurrent(storage, "after deleting context points and a parcel");

      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, shiftedParcels(dir, "N-", 0.03, -0.02, 300)));
      assertEquals(6 * 300, Sql.count(storage, "context_distances WHERE parcel_code LIKE 'N-%'"));
      ContextOracle.assertCurrent(storage, "after importing new parcels into a table with rows");
    }
  }

  @Test
  void an_import_with_points_present_fills_the_rows_of_its_parcels(@TempDir Path dir) throws Exception {
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.CONTEXT_POINTS, DemoData.file("context_points.shp")));
      assertEquals(0, Sql.count(storage, "context_distances"));
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, DemoData.file("parcels.shp")));
      assertEquals(6 * 1764, Sql.count(storage, "context_distances"));
      ContextOracle.assertCurrent(storage, "after importing parcels with points present");
    }
  }

  @Test
  void demo_scale_measures_every_parcel_once_its_districts_are_written() throws Exception {
    try (Storage storage = parcelatlas.testing.ScaledDemoData.loaded(2)) {
      assertEquals(6 * Sql.count(storage, "parcels"), Sql.count(storage, "context_distances"));
      ContextOracle.assertCurrent(storage, "after demo --scale 2");
    }
  }

  /** V1_37: a second row for the same parcel and kind is refused, not stored beside the first. */
  @Test
  void a_second_row_for_a_parcel_and_kind_is_refused() throws Exception {
    try (Storage storage = DemoData.loaded()) {
      long before = Sql.count(storage, "context_distances");
      Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> storage.inTransaction(c -> {
        try (java.sql.Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO context_distances (parcel_code, kind, point_id, metres)"
              + " SELECT parcel_code, kind, point_id, metres + 1 FROM context_distances WHERE parcel_code ="
              + " (SELECT MIN(parcel_code) FROM context_distances)");
        }
        return null;
      }));
      assertTrue(String.valueOf(refused.getMessage()).toLowerCase().contains("context_distances_parcel_idx")
          || String.valueOf(refused.getCause()).toLowerCase().contains("context_distances_parcel_idx"), refused.toString());
      assertEquals(before, Sql.count(storage, "context_distances"));
    }
  }

  @Test
  void an_import_without_any_point_writes_no_row(@TempDir Path dir) throws Exception {
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, DemoData.file("parcels.shp")));
      assertEquals(1764, Sql.count(storage, "parcels"));
      assertEquals(0, Sql.count(storage, "context_distances"));
      assertEquals(0, Sql.count(storage, "context_stale"));
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, shiftedParcels(dir, "", 0.01, 0, 20)));
      assertEquals(0, Sql.count(storage, "context_distances"), "a re-import that moves parcels neither");
      assertEquals(0, Sql.count(storage, "context_stale"));
    }
  }
}
