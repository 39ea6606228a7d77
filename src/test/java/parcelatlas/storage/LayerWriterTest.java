package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.catalog.Layer;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

@Tag("database")
class LayerWriterTest {
  private static final String AWKWARD = "园区\t\"甲\"\n第二行\\r\\n \\N 'x'; DROP TABLE parks; --";

  @Test
  void text_with_tabs_newlines_backslashes_and_quotes_is_stored_exactly() throws Exception {
    Geometry square = new WKTReader().read("MULTIPOLYGON (((117 34, 117 34.01, 117.01 34.01, 117.01 34, 117 34)))");
    square.setSRID(4326);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", AWKWARD);
    values.put("level", "national");
    values.put("planned_area_km2", 12.5);
    try (Storage storage = TestDatabases.fresh()) {
      storage.inTransaction(c -> {
        try (LayerWriter writer = new LayerWriter(c, Layer.PARKS, storage.dialect())) {
          writer.insert(new FeatureRow("P-1", values, square, 1234.5, "EPSG:4326", "a\tb.shp", 1, Map.of()));
          writer.flush();
        }
        return null;
      });
      Map<String, Object> row = Sql.rows(storage, "SELECT name, level, planned_area_km2, source_file,"
          + " ST_AsText(geom) AS wkt FROM parks WHERE code = ?", "P-1").get(0);
      assertEquals(AWKWARD, row.get("name"));
      assertEquals("national", row.get("level"));
      assertEquals(12.5, ((Number) row.get("planned_area_km2")).doubleValue());
      assertEquals("a\tb.shp", row.get("source_file"));
      assertEquals(square, new WKTReader().read((String) row.get("wkt")));
      assertEquals(1, Sql.count(storage, "parks"));
    }
  }

  @Test
  void updating_by_code_keeps_the_id_and_replaces_every_value() throws Exception {
    Geometry point = new WKTReader().read("POINT (117.1 34.7)");
    point.setSRID(4326);
    try (Storage storage = TestDatabases.fresh()) {
      for (String stage : List.of("signed", "started")) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "年产5万吨项目");
        values.put("stage", stage);
        values.put("planned_start_date", LocalDate.of(2026, 3, 1));
        storage.inTransaction(c -> {
          try (LayerWriter writer = new LayerWriter(c, Layer.PROJECTS, storage.dialect())) {
            FeatureRow row = new FeatureRow("X-1", values, point, null, "EPSG:4326", "p.geojson", 1,
                Map.of("parcel_codes", List.of("A", "B")));
            if (LayerWriter.existingCodes(c, Layer.PROJECTS).contains("X-1")) {
              writer.update(row);
            } else {
              writer.insert(row);
            }
            writer.flush();
          }
          return null;
        });
      }
      List<Map<String, Object>> rows = Sql.rows(storage, "SELECT id, stage FROM projects");
      assertEquals(1, rows.size());
      assertEquals("started", rows.get(0).get("stage"));
      assertEquals(2, Sql.count(storage, "project_parcels"));
    }
  }
}
