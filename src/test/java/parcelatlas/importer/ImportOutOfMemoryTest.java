package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.bench.BenchmarkParcels;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * An import that runs out of memory half-way (on H2 it holds its uncommitted rows in memory) is
 * refused and rolled back like a bad record: before, the error skipped the rollback and the pool's
 * return to autocommit committed the rows written so far.
 */
@Tag("database")
class ImportOutOfMemoryTest {
  private static final String PARCELS = "SELECT code, source_file, area_m2 FROM parcels ORDER BY code";

  @TempDir Path dir;

  @Test
  void an_import_out_of_memory_writes_nothing_and_names_the_file() throws Exception {
    Path seed = dir.resolve("seed.shp");
    Path big = dir.resolve("big.shp");
    BenchmarkParcels.write(seed, 200);
    BenchmarkParcels.write(big, 3_000);
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, seed));
      List<Map<String, Object>> before = Sql.rows(storage, PARCELS);
      long imports = Sql.count(storage, "imports");

      ImportObserver exhausting = new ImportObserver() {
        private int rows;

        @Override
        public void converted(FeatureRow row) {
          if (++rows == 2_000) {
            throw new OutOfMemoryError("Java heap space (simulated)");
          }
        }
      };
      Throwable thrown = null;
      try { // caught here, not by JUnit, which ends the test JVM on an OutOfMemoryError
        LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, big), exhausting);
      } catch (Throwable t) {
        thrown = t;
      }
      assertEquals(0L, ((Number) Sql.rows(storage, "SELECT COUNT(*) AS n FROM parcels WHERE source_file = ?",
          "big.shp").get(0).get("n")).longValue(), "rows of the refused import");
      assertEquals(before, Sql.rows(storage, PARCELS), "the layer as before");
      assertEquals(imports, Sql.count(storage, "imports"));
      ImportFailedException refused = assertInstanceOf(ImportFailedException.class, thrown);
      assertTrue(refused.getMessage().contains("big.shp") && refused.getMessage().contains("memory"),
          refused.getMessage());
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, big));
      assertEquals(3_000, Sql.count(storage, "parcels"), "the next import lands");
    }
  }
}
