package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.bench.BenchmarkParcels;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.GeodesicArea;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.SquareParcelFiles;
import parcelatlas.testing.TestDatabases;

/**
 * A file larger than what the import pipeline holds in flight (and than the first COPY chunk, so
 * on PostGIS the empty layer's indexes are dropped and rebuilt): records are converted on
 * threads of their own (the observer hears of them in order on the writing thread), the rows land
 * whole with areas within 0.01% of the geodesic area, and a
 * record refused after thousands were written leaves the layer and its indexes as they were.
 */
@Tag("database")
class ImportPipelineTest {
  private static final int FEATURES = 6_000;

  @TempDir Path dir;

  @Test
  void records_are_converted_on_other_threads_and_land_whole() throws Exception {
    Path file = dir.resolve("many.shp");
    BenchmarkParcels.write(file, FEATURES);
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
      Set<String> indexes = indexes(storage);
      Thread[] threads = new Thread[2];
      double[] worst = new double[1];
      ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file), new ImportObserver() {
        @Override
        public void converted(FeatureRow row) {
          threads[0] = Thread.currentThread();
          double geodesic = GeodesicArea.squareMetres(row.geometry());
          worst[0] = Math.max(worst[0], Math.abs(row.areaM2() - geodesic) / geodesic);
        }

        @Override
        public void beforeCommit(Connection connection) {
          threads[1] = Thread.currentThread();
        }
      });
      assertEquals(FEATURES, report.inserted());
      assertEquals(FEATURES, Sql.count(storage, "parcels"));
      assertEquals(threads[1], threads[0], "the observer hears of every row on the writing thread, in order");
      assertTrue(worst[0] < 1e-4, "area against the geodesic area: " + worst[0]);
      assertEquals(indexes, indexes(storage), "the layer's indexes after the import");
    }
  }

  @Test
  void a_record_refused_after_thousands_were_written_leaves_the_layer_and_its_indexes_as_they_were()
      throws Exception {
    Path bad = dir.resolve("late-repeat.shp");
    writeWithRepeatedCode(bad, FEATURES, 5_500);
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
      Set<String> indexes = indexes(storage);
      ImportFailedException refused = assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, bad)));
      assertTrue(refused.problems().get(0).getMessage().contains("5500"), refused.getMessage());
      assertEquals(0, Sql.count(storage, "parcels"), "nothing of the refused import");
      assertEquals(0, Sql.count(storage, "imports") - 1, "only the parks import is logged");
      assertEquals(indexes, indexes(storage), "the layer's indexes after the refusal");
    }
  }

  /** The parcels table's index names, as the JDBC driver reports them. */
  private static Set<String> indexes(Storage storage) {
    return storage.read(connection -> {
      Set<String> names = new TreeSet<>();
      DatabaseMetaData meta = connection.getMetaData();
      String table = meta.storesUpperCaseIdentifiers() ? "PARCELS" : "parcels";
      try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            names.add(rs.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
      assertTrue(names.size() >= 2, "indexes found: " + names);
      return names;
    });
  }

  /** {@code count} parcels whose record {@code repeat} (1-based) repeats the code of record 10. */
  private static void writeWithRepeatedCode(Path shp, int count, int repeat) {
    SquareParcelFiles.write(shp, count, i -> String.format("R-%06d", i + 1 == repeat ? 10 : i + 1), i -> "M1",
        i -> "净地可供");
  }
}
