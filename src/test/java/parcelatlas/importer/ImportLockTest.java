package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.ImportLock;
import parcelatlas.storage.Storage;
import parcelatlas.testing.StatementLog;
import parcelatlas.testing.Sql;
import parcelatlas.testing.SquareParcelFiles;
import parcelatlas.testing.TestDatabases;

/**
 * One import of a layer at a time: while one holds the layer (on PostgreSQL an advisory lock every
 * node sees; embedded H2, one process, a lock in it), another of the same layer, or its preview, is
 * refused at once and writes nothing; other layers go on. Before the lock, two imports of an empty layer both wrote until one failed on the
 * other's locks (PostgreSQL: deadlock detected; H2: timeout trying to lock table) as a storage
 * failure, a 500 through the API.
 */
@Tag("database")
class ImportLockTest {
  @TempDir Path dir;

  @Test
  void an_import_of_a_layer_being_imported_is_refused_at_once_and_writes_nothing() {
    Path file = SquareParcelFiles.write(dir.resolve("p.shp"), 200, i -> "L-" + i, i -> "M1", i -> "净地可供");
    try (Storage storage = TestDatabases.fresh()) {
      ImportLock.inTransaction(storage, Layer.PARCELS, false, c -> {
        ImportLock.Held held = assertThrows(ImportLock.Held.class,
            () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)));
        assertEquals(Layer.PARCELS, held.layer());
        assertThrows(ImportLock.Held.class,
            () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file).withDryRun(true)), "a preview too");
        assertEquals(0, Sql.count(storage, "parcels"));
        assertEquals(0, Sql.count(storage, "imports"));
        return null;
      });
      assertEquals(200, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)).inserted(),
          "the lock goes with the transaction that held it");
    }
  }

  @Test
  void two_imports_of_one_empty_layer_at_once_end_with_one_layer_and_no_storage_failure() throws Exception {
    Path a = SquareParcelFiles.write(dir.resolve("a.shp"), 20_000, i -> String.format("R-%06d", i), i -> "M1", i -> "净地可供");
    Path b = SquareParcelFiles.write(dir.resolve("b.shp"), 20_000, i -> String.format("R-%06d", i), i -> "M2", i -> "净地可供");
    try (Storage storage = TestDatabases.fresh()) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var first = pool.submit(() -> outcome(storage, a));
        var second = pool.submit(() -> outcome(storage, b));
        String one = first.get();
        String other = second.get();
        // whichever ran first committed; the other was refused at once, or (if it started after the
        // first committed) re-imported the same codes
        assertEquals(java.util.Set.of("ok"), java.util.Set.of(one, other).stream()
            .filter(o -> !o.equals("held")).collect(java.util.stream.Collectors.toSet()), one + " / " + other);
        assertEquals(20_000, Sql.count(storage, "parcels"));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void every_layer_has_its_own_lock() {
    // PostgreSQL keys the lock by the table name's hash: two layers sharing one would refuse each other
    assertEquals(Layer.values().length, java.util.Arrays.stream(Layer.values())
        .map(l -> l.table().hashCode()).distinct().count());
  }

  @Test
  void the_lock_is_given_back_on_a_connection_only_where_it_outlives_its_transaction() {
    Path file = SquareParcelFiles.write(dir.resolve("r.shp"), 10, i -> "G-" + i, i -> "M1", i -> "净地可供");
    try (Storage storage = TestDatabases.fresh()) {
      StatementLog counting = new StatementLog(storage);
      ImportLock.inTransaction(counting, Layer.PARCELS, false, c -> null);
      // PostgreSQL's lock ends with the transaction: borrowing a connection to release it was waste
      assertEquals(storage.dialect().importLockEndsWithTransaction() ? 0 : 1, counting.autocommits());
      assertEquals(10, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)).inserted(),
          "released either way");
    }
  }

  private static String outcome(Storage storage, Path file) {
    try {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file));
      return "ok";
    } catch (ImportLock.Held e) {
      return "held";
    } catch (RuntimeException e) {
      return e.toString();
    }
  }
}
