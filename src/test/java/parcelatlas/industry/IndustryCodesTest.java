package parcelatlas.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.ImportReport;
import parcelatlas.importer.ImportWarning;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * The stored category codes on both databases: the seeded table is the catalogue file, every park
 * and parcel of the demo carries the codes the one rule gives its text, rows without codes get them
 * at start, and an import names the industry texts it could not map (and imports them all the same).
 */
@Tag("database")
class IndustryCodesTest {
  private static Storage storage;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void stop() {
    storage.close();
  }

  @Test
  void the_table_seeded_by_v1_21_holds_the_catalogue_file_and_a_start_rewrites_a_table_out_of_step() throws Exception {
    assertEquals(CatalogueSync.shipped(), table());
    assertEquals(0L, (long) storage.inTransaction(CatalogueSync::run), "in step: nothing to do");
    // a database seeded by an older catalogue: new_energy without 氢能, and the codes it gave
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE industry_categories"
        + " SET synonyms_zh = '光伏' WHERE code = 'new_energy'"));
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE parcels SET industry_codes = ''"
        + " WHERE industry = '氢能装备'"));
    long hydrogen = Sql.count(storage, "parcels WHERE industry = '氢能装备'");
    assertTrue(hydrogen > 0);
    long recomputed = storage.inTransaction(CatalogueSync::run);
    assertEquals(Sql.count(storage, "parcels") + Sql.count(storage, "parks"), recomputed);
    assertEquals(CatalogueSync.shipped(), table());
    assertEquals(hydrogen, Sql.count(storage, "parcels WHERE industry = '氢能装备' AND industry_codes = ',new_energy,'"));
    assertStoredAsRule("parcels", "industry");
  }

  private static List<List<String>> table() {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> r : Sql.rows(storage, "SELECT code, name_zh, name_en, synonyms_zh, synonyms_en"
        + " FROM industry_categories ORDER BY position")) {
      rows.add(List.of((String) r.get("code"), (String) r.get("name_zh"), (String) r.get("name_en"),
          (String) r.get("synonyms_zh"), (String) r.get("synonyms_en")));
    }
    return rows;
  }

  @Test
  void every_demo_park_and_parcel_stores_the_codes_of_its_text_and_rows_without_get_them_at_start() {
    assertStoredAsRule("parks", "leading_industries");
    assertStoredAsRule("parcels", "industry");
    long parcels = Sql.count(storage, "parcels WHERE industry_codes LIKE '%,new!_energy,%' ESCAPE '!'");
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE parcels SET industry_codes = NULL"));
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE parks SET industry_codes = NULL"));
    assertEquals(0, Sql.count(storage, "parcels WHERE industry_codes LIKE '%,new!_energy,%' ESCAPE '!'"));
    long filled = storage.inTransaction(IndustryCodes::fillMissing);
    assertEquals(Sql.count(storage, "parcels") + Sql.count(storage, "parks"), filled);
    assertEquals(parcels, Sql.count(storage, "parcels WHERE industry_codes LIKE '%,new!_energy,%' ESCAPE '!'"));
    assertStoredAsRule("parks", "leading_industries");
    assertStoredAsRule("parcels", "industry");
  }

  @Test
  void an_import_lists_the_texts_it_could_not_map_and_imports_them(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plots.geojson");
    String square = "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[117.3, 34.7], [117.301, 34.7],"
        + " [117.301, 34.701], [117.3, 34.701], [117.3, 34.7]]]}";
    StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
    String[] industries = {"氢燃料电池电堆", "量子隧穿实验", "量子隧穿实验", "Mystery widgets"};
    for (int i = 0; i < industries.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"type\": \"Feature\", \"properties\": {\"code\": \"IND-T-").append(i)
          .append("\", \"land_use\": \"M1\", \"status\": \"available\", \"industry\": \"").append(industries[i])
          .append("\"}, ").append(square).append("}");
    }
    Files.writeString(file, json.append("]}"), StandardCharsets.UTF_8);
    ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file));
    assertEquals(4, report.inserted(), report.summary());
    String warning = report.warnings().stream().map(ImportWarning::message).filter(w -> w.contains("industry catalogue")).findFirst().orElseThrow();
    assertTrue(warning.contains("3 records") && warning.contains("“量子隧穿实验” (2)")
        && warning.contains("“Mystery widgets” (1)") && !warning.contains("氢燃料"), warning);
    assertEquals(",new_energy,", Sql.rows(storage, "SELECT industry_codes FROM parcels WHERE code = 'IND-T-0'")
        .get(0).get("industry_codes"));
    assertEquals("", Sql.rows(storage, "SELECT industry_codes FROM parcels WHERE code = 'IND-T-1'")
        .get(0).get("industry_codes"));
  }

  private static void assertStoredAsRule(String table, String text) {
    List<Map<String, Object>> rows = Sql.rows(storage, "SELECT code, " + text + " AS t, industry_codes FROM " + table);
    assertTrue(rows.size() > 5);
    for (Map<String, Object> r : rows) {
      String expected = IndustryCatalogue.stored(IndustryCatalogue.get().codesOf((String) r.get("t")));
      assertEquals(expected, r.get("industry_codes"), table + " " + r.get("code") + " " + r.get("t"));
    }
  }
}
