package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.SquareParcelFiles;
import parcelatlas.testing.TestDatabases;

/**
 * An import into an empty layer writes straight into the layer's table (H2GIS: with every index in
 * place, rows sent {@code 64} to a statement; PostGIS: COPY with indexes dropped): refused at its
 * very last record it leaves no row, no spatial-index entry and no unique-key entry behind; the
 * same file corrected then imports whole and is found through the spatial index; a file refused at
 * its last record over a filled layer leaves that layer as it was; and codes repeated within one
 * statement's rows or across them are all reported.
 */
@Tag("database")
class EmptyLayerLoadTest {
  private static final int FEATURES = 1_000;
  /** Every parcel the files hold, by bounding box (EPSG:4326), answered through the spatial index. */
  private static final String IN_BOX = "SELECT COUNT(*) AS n FROM parcels"
      + " WHERE geom && ST_MakeEnvelope(116.0, 34.0, 119.0, 35.0, 4326)";
  private static final String SNAPSHOT = "SELECT id, code, status, land_use, ST_AsText(geom) AS wkt FROM parcels"
      + " ORDER BY code";

  @TempDir Path dir;

  @Test
  void an_import_refused_at_its_last_record_leaves_nothing_and_its_correction_is_found_by_the_index() {
    Path lastBad = write("last-bad.shp", i -> code(i), i -> i + 1 == FEATURES ? "XX" : "M1");
    Path good = write("good.shp", i -> code(i), i -> "M1");
    Path otherLastBad = write("other-last-bad.shp", i -> "S-" + i, i -> i + 1 == FEATURES ? "XX" : "M2");
    try (Storage storage = TestDatabases.fresh()) {
      ImportFailedException refused = assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, lastBad)));
      assertEquals(FEATURES, refused.problems().get(0).record());
      assertEquals(0, Sql.count(storage, "parcels"));
      assertEquals(0L, Sql.rows(storage, IN_BOX).get(0).get("n"), "no entry left in the spatial index");
      assertEquals(0, Sql.count(storage, "imports"));

      // the same codes import (no unique-key entry left behind) and the spatial index finds them all
      assertEquals(FEATURES, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, good)).inserted());
      assertEquals((long) FEATURES, Sql.rows(storage, IN_BOX).get(0).get("n"));
      if (TestDatabases.kind().equals("h2gis")) {
        String plan = (String) Sql.rows(storage, "EXPLAIN " + IN_BOX).get(0).values().iterator().next();
        assertTrue(plan.toUpperCase(java.util.Locale.ROOT).contains("PARCELS_GEOM_IDX"), plan);
      }
      assertEquals(1L, Sql.rows(storage, "SELECT COUNT(*) AS n FROM parcels WHERE code = ?", code(500)).get(0).get("n"));

      List<Map<String, Object>> before = Sql.rows(storage, SNAPSHOT);
      assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, otherLastBad)));
      assertEquals(before, Sql.rows(storage, SNAPSHOT), "the filled layer as it was");
      assertEquals((long) FEATURES, Sql.rows(storage, IN_BOX).get(0).get("n"));
    }
  }

  @Test
  void codes_repeated_within_one_statement_and_across_statements_are_all_reported() {
    // record 3 repeats record 2 (same 64 rows), record 200 repeats record 100, record 1000 record 1
    IntFunction<String> repeating = i -> switch (i + 1) {
      case 3 -> code(1);
      case 200 -> code(99);
      case FEATURES -> code(0);
      default -> code(i);
    };
    Path repeats = write("repeats.shp", repeating, i -> "M1");
    try (Storage storage = TestDatabases.fresh()) {
      ImportFailedException refused = assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, repeats)));
      assertEquals(List.of("3: code R-000001 repeats record 2", "200: code R-000099 repeats record 100",
          "1000: code R-000000 repeats record 1"),
          refused.problems().stream().map(p -> p.record() + ": " + p.problem()).toList());
      assertEquals(0, Sql.count(storage, "parcels"));
      assertEquals(0L, Sql.rows(storage, IN_BOX).get(0).get("n"));
    }
  }

  private static String code(int i) {
    return String.format("R-%06d", i);
  }

  /** {@link #FEATURES} square parcels, record i + 1 with the given code and land use, all 净地可供. */
  private Path write(String name, IntFunction<String> code, IntFunction<String> use) {
    return SquareParcelFiles.write(dir.resolve(name), FEATURES, code, use, i -> "净地可供");
  }
}
