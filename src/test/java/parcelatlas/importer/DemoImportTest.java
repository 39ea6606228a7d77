package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.catalog.Layer;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.Sql;

/** The demo city's GBK Gauss-Krüger shapefiles, imported and checked against GDAL and GeoJSON. */
@Tag("database")
class DemoImportTest {
  private static Storage storage;
  @TempDir static Path gdalOut;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_demo_feature_is_imported_once() {
    for (Layer layer : Layer.values()) {
      String file = layer.table() + ".geojson";
      assertEquals(geoJson(file).size(), Sql.count(storage, layer.table()), layer.id());
    }
  }

  @Test
  void chinese_text_from_the_gbk_shapefiles_equals_the_utf8_geojson() {
    for (Layer layer : Layer.values()) {
      Map<String, Map<String, Object>> stored = new HashMap<>();
      for (Map<String, Object> row : Sql.rows(storage, "SELECT * FROM " + layer.table())) {
        stored.put((String) row.get("code"), row);
      }
      for (Map<String, Object> expected : geoJson(layer.table() + ".geojson")) {
        Map<String, Object> row = stored.get((String) expected.get("code"));
        for (String field : List.of("name", "industry", "township", "leader", "address", "internal_note")) {
          if (layer.field(field).isPresent() && expected.get(field) != null) {
            assertEquals(expected.get(field), row.get(field), layer.id() + " " + expected.get("code") + " " + field);
          }
        }
      }
    }
    assertTrue(Sql.rows(storage, "SELECT name FROM parks").stream()
        .anyMatch(r -> r.get("name").toString().startsWith("青岚")));
  }

  @Test
  void coordinates_reprojected_from_gauss_kruger_are_within_a_centimetre_of_gdal() {
    Path out = gdalOut.resolve("parcels-4326.geojson");
    Gdal.run("ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=10",
        out.toString(), DemoData.file("parcels.shp").toString());
    Map<String, Geometry> gdal = geometriesByCode(out, "地块编号");
    Map<String, Geometry> ours = storedGeometries("parcels");
    double worst = 0;
    int compared = 0;
    for (Map.Entry<String, Geometry> e : gdal.entrySet()) {
      Geometry mine = ours.get(e.getKey());
      if (!e.getValue().isValid()) {
        continue; // the deliberately invalid parcels are repaired, so their vertices differ
      }
      for (Coordinate c : mine.getCoordinates()) {
        worst = Math.max(worst, nearestMetres(c, e.getValue().getCoordinates()));
      }
      compared++;
    }
    assertTrue(compared > 1000, "compared " + compared);
    System.out.printf("reprojection: %d parcels, worst vertex %.2e m from GDAL%n", compared, worst);
    assertTrue(worst < 0.01, "worst vertex differs from GDAL by " + worst + " m");
  }

  @Test
  void areas_are_within_a_tenth_of_a_percent_of_a_geodesic_reference() {
    String csv = Gdal.run("ogr2ogr", "-f", "CSV", "/vsistdout/", "-dialect", "SQLite", "-sql",
        "SELECT code, ST_Area(geometry, 1) AS reference FROM parcels", DemoData.file("parcels.geojson").toString());
    Map<String, Double> stored = new HashMap<>();
    Sql.rows(storage, "SELECT code, area_m2 FROM parcels")
        .forEach(r -> stored.put((String) r.get("code"), ((Number) r.get("area_m2")).doubleValue()));
    int compared = 0;
    double worst = 0;
    for (String line : csv.lines().skip(1).toList()) {
      String[] parts = line.split(",");
      double reference = Double.parseDouble(parts[1]);
      double mine = stored.get(parts[0].replace("\"", ""));
      worst = Math.max(worst, Math.abs(mine - reference) / reference);
      assertEquals(reference, mine, reference * 0.001, parts[0]);
      assertEquals(reference / (10000.0 / 15.0), mine / (10000.0 / 15.0), reference / (10000.0 / 15.0) * 0.001);
      compared++;
    }
    assertEquals(stored.size(), compared);
    System.out.printf("areas: %d parcels, worst relative difference %.2e from SpatiaLite's geodesic area%n", compared, worst);
  }

  @Test
  void every_stored_polygon_is_valid_and_the_deliberate_flaws_were_repaired() {
    ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, DemoData.file("parcels.shp")));
    assertEquals(2, report.repaired(), report.summary());
    for (Map<String, Object> row : Sql.rows(storage, "SELECT ST_AsBinary(geom) AS wkb FROM parcels")) {
      assertTrue(read((byte[]) row.get("wkb")).isValid());
    }
  }

  @Test
  void reimporting_updates_in_place_and_creates_no_duplicates() {
    List<Map<String, Object>> before = Sql.rows(storage, "SELECT id, code FROM parks ORDER BY id");
    ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
    assertEquals(0, report.inserted());
    assertEquals(before.size(), report.updated());
    assertEquals(before, Sql.rows(storage, "SELECT id, code FROM parks ORDER BY id"));
    ImportReport again = LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.geojson")));
    assertEquals(before.size(), again.updated());
    assertEquals(before, Sql.rows(storage, "SELECT id, code FROM parks ORDER BY id"));
  }

  @Test
  void a_failed_import_leaves_the_database_exactly_as_it_was() throws Exception {
    ObjectNode collection = (ObjectNode) new ObjectMapper().readTree(DemoData.file("parcels.geojson").toFile());
    ArrayNode features = (ArrayNode) collection.get("features");
    ObjectNode first = (ObjectNode) features.get(0).get("properties");
    String code = first.get("code").asText();
    first.put("industry", "已被篡改");
    ((ObjectNode) features.get(features.size() - 1).get("properties")).put("status", "卖掉了");
    Path bad = gdalOut.resolve("parcels-bad.geojson");
    new ObjectMapper().writeValue(bad.toFile(), collection);
    String before = Sql.rows(storage, "SELECT * FROM parcels ORDER BY id").toString();
    long imports = Sql.count(storage, "imports");

    ImportFailedException e = assertThrows(ImportFailedException.class,
        () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, bad)));

    assertTrue(e.getMessage().contains("parcels-bad.geojson, record " + features.size() + ", field status"), e.getMessage());
    assertEquals(before, Sql.rows(storage, "SELECT * FROM parcels ORDER BY id").toString());
    assertEquals(imports, Sql.count(storage, "imports"));
    assertNotEquals("已被篡改", Sql.rows(storage, "SELECT industry FROM parcels WHERE code = ?", code).get(0).get("industry"));
  }

  @Test
  void a_reimport_that_changes_a_stage_records_the_change_in_the_stage_history() throws Exception {
    ObjectNode collection = (ObjectNode) new ObjectMapper().readTree(DemoData.file("projects.geojson").toFile());
    ObjectNode first = (ObjectNode) collection.get("features").get(0).get("properties");
    String code = first.get("code").asText();
    String stage = first.get("stage").asText();
    String other = stage.equals("completed") ? "started" : "completed";
    first.put("stage", other);
    Path restaged = gdalOut.resolve("projects-restaged.geojson");
    new ObjectMapper().writeValue(restaged.toFile(), collection);
    String history = "SELECT c.stage, c.reason, c.recorded_by FROM project_stage_changes c"
        + " JOIN projects p ON p.id = c.project_id WHERE p.code = ? ORDER BY c.id DESC";
    long changes = Sql.count(storage, "project_stage_changes");

    ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PROJECTS, restaged));

    assertEquals(changes + 1, Sql.count(storage, "project_stage_changes"), "only the restaged project");
    Map<String, Object> latest = Sql.rows(storage, history, code).get(0);
    assertEquals(other, latest.get("stage"));
    assertEquals("imported from projects-restaged.geojson", latest.get("reason"));
    assertEquals("cli", latest.get("recorded_by"));
    assertTrue(report.warnings().stream().anyMatch(w -> w.message().startsWith("1 projects changed stage")), report.warnings().toString());

    ImportReport back = LayerImporter.run(storage, ImportOptions.of(Layer.PROJECTS, DemoData.file("projects.geojson")));
    assertEquals(stage, Sql.rows(storage, history, code).get(0).get("stage"));
    assertEquals(changes + 2, Sql.count(storage, "project_stage_changes"));
    assertTrue(back.warnings().stream().anyMatch(w -> w.message().startsWith("1 projects changed stage")), back.warnings().toString());
  }

  @Test
  void a_dry_run_reports_what_would_change_and_writes_nothing() {
    String before = Sql.rows(storage, "SELECT id, code, updated_at FROM projects ORDER BY id").toString();
    ImportReport report = LayerImporter.run(storage,
        ImportOptions.of(Layer.PROJECTS, DemoData.file("projects.shp")).withDryRun(true));
    assertTrue(report.dryRun());
    assertEquals(report.records(), report.updated());
    assertEquals(before, Sql.rows(storage, "SELECT id, code, updated_at FROM projects ORDER BY id").toString());
  }

  static List<Map<String, Object>> geoJson(String name) {
    try (FeatureSource source = FeatureSources.open(DemoData.file(name), null)) {
      List<Map<String, Object>> rows = new java.util.ArrayList<>();
      for (Iterator<SourceRecord> it = source.records(); it.hasNext(); ) {
        rows.add(it.next().attributes());
      }
      return rows;
    }
  }

  private static Map<String, Geometry> storedGeometries(String table) {
    Map<String, Geometry> byCode = new HashMap<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT code, ST_AsBinary(geom) AS wkb FROM " + table)) {
      byCode.put((String) row.get("code"), read((byte[]) row.get("wkb")));
    }
    return byCode;
  }

  private static Map<String, Geometry> geometriesByCode(Path geojson, String codeField) {
    Map<String, Geometry> byCode = new HashMap<>();
    try (FeatureSource source = FeatureSources.open(geojson, null)) {
      for (Iterator<SourceRecord> it = source.records(); it.hasNext(); ) {
        SourceRecord record = it.next();
        byCode.put((String) record.attributes().get(codeField), record.geometry());
      }
    }
    return byCode;
  }

  private static double nearestMetres(Coordinate c, Coordinate[] candidates) {
    double best = Double.MAX_VALUE;
    for (Coordinate d : candidates) {
      best = Math.min(best, Geodesic.WGS84.Inverse(c.y, c.x, d.y, d.x).s12);
    }
    return best;
  }

  static Geometry read(byte[] wkb) {
    try {
      return new WKBReader().read(wkb);
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new AssertionError(e);
    }
  }
}
