package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.io.BadInputException;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.SquareParcelFiles;
import parcelatlas.testing.TestDatabases;

/**
 * Imports into an empty layer and re-imports into a filled one, with files larger than a COPY
 * chunk: a re-import updates exactly the rows its file names (ids kept) and adds the new ones;
 * repeated codes anywhere in a file are refused with their records, whether the layer was empty,
 * filled, or the file had refused a record before; and a re-import refused after thousands of rows
 * were staged leaves the layer, its data version and the import log as they were.
 */
@Tag("database")
class ReimportTest {
  private static final int FEATURES = 6_000;
  private static final String SNAPSHOT = "SELECT id, code, status, land_use, area_m2, source_file,"
      + " updated_at FROM parcels ORDER BY code";
  private static final String VERSION = "SELECT version FROM data_versions WHERE layer = 'parcels'";

  @TempDir Path dir;

  @Test
  void a_reimport_updates_exactly_the_rows_of_its_file_and_adds_the_new_ones() throws Exception {
    Path first = write("first.shp", FEATURES, i -> code(i), i -> "净地可供", i -> "M1");
    Path second = write("second.shp", 350, i -> i < 300 ? code(i * 7) : "N-" + i, i -> "已出让", i -> "M2");
    try (Storage storage = withParks()) {
      assertEquals(FEATURES, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, first)).inserted());
      List<Map<String, Object>> before = Sql.rows(storage, SNAPSHOT);
      Object version = Sql.rows(storage, VERSION).get(0).get("version");
      Thread.sleep(20); // so that an updated row's updated_at differs

      ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, second));
      assertEquals(300, report.updated());
      assertEquals(50, report.inserted());
      assertNotEquals(version, Sql.rows(storage, VERSION).get(0).get("version"), "the data version moved");
      assertEquals(FEATURES + 50, Sql.count(storage, "parcels"));
      Map<String, Map<String, Object>> after = byCode(Sql.rows(storage, SNAPSHOT));
      for (Map<String, Object> old : before) {
        Map<String, Object> now = after.get((String) old.get("code"));
        int i = Integer.parseInt(((String) old.get("code")).substring(2));
        boolean named = i % 7 == 0 && i / 7 < 300;
        assertEquals(old.get("id"), now.get("id"), "ids stay");
        if (named) {
          assertEquals("transferred", now.get("status"), old.get("code") + " updated");
          assertEquals("M2", now.get("land_use"));
          assertEquals("second.shp", now.get("source_file"));
          assertNotEquals(old.get("updated_at"), now.get("updated_at"));
        } else {
          assertEquals(old, now, old.get("code") + " untouched");
        }
      }
      assertEquals("transferred", after.get("N-349").get("status"));
      assertEquals(List.of(Map.of("inserted", 50L, "updated", 300L)), Sql.rows(storage,
          "SELECT inserted, updated FROM imports WHERE source_file = 'second.shp'").stream()
          .map(r -> Map.of("inserted", ((Number) r.get("inserted")).longValue(),
              "updated", ((Number) r.get("updated")).longValue())).toList());
    }
  }

  @Test
  void repeated_codes_anywhere_in_a_large_file_are_refused_with_their_records() throws Exception {
    IntFunction<String> repeating = i -> i + 1 == 3_000 ? code(9) : i + 1 == 5_990 ? code(19) : code(i);
    Path repeats = write("repeats.shp", FEATURES, repeating, i -> "净地可供", i -> "M1");
    Path alsoBad = write("also-bad.shp", FEATURES, repeating, i -> "净地可供", i -> i + 1 == 50 ? "XX" : "M1");
    Path seed = write("seed.shp", 10, i -> "S-" + i, i -> "储备", i -> "M1");
    try (Storage storage = withParks()) {
      // an empty layer (on PostGIS written directly), then one already holding rows (staged)
      for (boolean filled : new boolean[] {false, true}) {
        if (filled) {
          LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, seed));
        }
        List<Map<String, Object>> before = Sql.rows(storage, SNAPSHOT);
        ImportFailedException refused = assertThrows(ImportFailedException.class,
            () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, repeats)));
        assertEquals(List.of("repeats.shp 3000 地块编号 code R-000009 repeats record 10",
            "repeats.shp 5990 地块编号 code R-000019 repeats record 20"), describe(refused.problems()));
        assertEquals(before, Sql.rows(storage, SNAPSHOT), "nothing written (filled: " + filled + ")");

        refused = assertThrows(ImportFailedException.class,
            () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, alsoBad)));
        List<String> problems = describe(refused.problems());
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("also-bad.shp 50 用地性质", problems.get(0).substring(0, "also-bad.shp 50 用地性质".length()));
        assertEquals(List.of("also-bad.shp 3000 地块编号 code R-000009 repeats record 10",
            "also-bad.shp 5990 地块编号 code R-000019 repeats record 20"), problems.subList(1, 3));
        assertEquals(before, Sql.rows(storage, SNAPSHOT), "nothing written (filled: " + filled + ")");
      }
    }
  }

  @Test
  void a_reimport_refused_after_thousands_of_staged_rows_leaves_the_layer_as_it_was() throws Exception {
    Path first = write("first.shp", FEATURES, i -> code(i), i -> "净地可供", i -> "M1");
    Path lateBad = write("late-bad.shp", FEATURES, i -> code(i), i -> "已出让", i -> i + 1 == 5_800 ? "XX" : "M2");
    Path lateRepeat = write("late-repeat.shp", FEATURES, i -> i + 1 == 5_900 ? code(1) : code(i), i -> "已出让",
        i -> "M2");
    try (Storage storage = withParks()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, first));
      List<Map<String, Object>> before = Sql.rows(storage, SNAPSHOT);
      Object version = Sql.rows(storage, VERSION).get(0).get("version");
      long imports = Sql.count(storage, "imports");
      for (Path file : List.of(lateBad, lateRepeat)) {
        assertThrows(ImportFailedException.class, () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)));
        assertEquals(before, Sql.rows(storage, SNAPSHOT), file + " changed nothing");
        assertEquals(version, Sql.rows(storage, VERSION).get(0).get("version"));
        assertEquals(imports, Sql.count(storage, "imports"));
      }
    }
  }

  /**
   * A re-import of a file that changes one row rewrites that row only: the others keep their
   * {@code updated_at} (before, every row the file named was written again, maintaining every
   * index of the layer for each), yet all count as updated.
   */
  @Test
  void a_reimport_rewrites_only_the_rows_whose_values_change() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("old"));
    java.nio.file.Files.createDirectories(dir.resolve("new"));
    Path first = write("old/parcels.shp", FEATURES, i -> code(i), i -> "净地可供", i -> "M1");
    Path again = write("new/parcels.shp", FEATURES, i -> code(i), i -> i == 77 ? "已出让" : "净地可供", i -> "M1");
    try (Storage storage = withParks()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, first));
      Map<String, Map<String, Object>> before = byCode(Sql.rows(storage, SNAPSHOT));
      Thread.sleep(20); // so that a rewritten row's updated_at differs

      ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, again));
      assertEquals(FEATURES, report.updated());
      assertEquals(0, report.inserted());
      Map<String, Map<String, Object>> after = byCode(Sql.rows(storage, SNAPSHOT));
      Map<String, Object> changed = after.get(code(77));
      assertEquals("transferred", changed.get("status"));
      assertNotEquals(before.get(code(77)).get("updated_at"), changed.get("updated_at"));
      after.remove(code(77));
      before.remove(code(77));
      assertEquals(before, after, "the other rows are as they were, updated_at included");
    }
  }

  private static Storage withParks() {
    Storage storage = TestDatabases.fresh();
    LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
    return storage;
  }

  private static String code(int i) {
    return String.format("R-%06d", i);
  }

  private static Map<String, Map<String, Object>> byCode(List<Map<String, Object>> rows) {
    Map<String, Map<String, Object>> byCode = new java.util.HashMap<>();
    rows.forEach(r -> byCode.put((String) r.get("code"), r));
    return byCode;
  }

  private static List<String> describe(List<BadInputException> problems) {
    return problems.stream().map(p -> p.file() + " " + p.record() + " " + p.field() + " " + p.problem()).toList();
  }

  /** {@code count} square parcels, record i + 1 with the given code, status (Chinese) and land use. */
  private Path write(String name, int count, IntFunction<String> code, IntFunction<String> status,
      IntFunction<String> use) {
    Path shp = dir.resolve(name);
    return SquareParcelFiles.write(shp, count, code, use, status);
  }
}
