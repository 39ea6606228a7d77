package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * Two app nodes on one PostGIS database write {@code context_distances} at once (without the
 * refresh's lock both nodes recompute and the table gets every row twice) (each test's
 * transactions stand for two nodes: separate connections, separate transactions): they take turns
 * ({@link ContextDistances#lockWriters}), and the table still equals brute force with one row per
 * parcel and kind ({@link ContextOracle}). The embedded database is opened by one process only.
 */
@Tag("database")
class ContextRefreshConcurrencyTest {
  private static void noteAllStale(Storage storage) {
    storage.inTransaction(c -> {
      ContextDistances.markStale(c, ContextDistances.ALL);
      return null;
    });
  }

  @Test
  void two_nodes_opening_with_every_kind_noted_stale_recompute_once(@TempDir Path dir) throws Exception {
    assumeTrue(TestDatabases.kind().equals("postgis"), "two nodes share PostGIS only");
    try (Storage storage = DemoData.loaded()) {
      noteAllStale(storage);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Long>> nodes = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        nodes.add(CompletableFuture.supplyAsync(() -> {
          await(go);
          return storage.inTransaction(c -> ContextDistances.refreshIfStale(c, storage.dialect()));
        }));
      }
      go.countDown();
      List<Long> read = new ArrayList<>();
      for (CompletableFuture<Long> node : nodes) {
        read.add(node.get(5, TimeUnit.MINUTES));
      }
      Collections.sort(read);
      assertEquals(List.of(0L, Sql.count(storage, "parcels")), read, "one node recomputes, the other finds it done");
      ContextOracle.assertCurrent(storage, "after two refreshes at once");
    }
  }

  /**
   * A node re-imports parcels while another's refresh has rewritten every row but not committed:
   * the import's delete of its parcels' rows must see the refresh's new rows, or those parcels get
   * two rows per kind. The import takes the writers' lock before it reads the table (the parcels
   * trigger's note on {@code context_stale} takes the same lock today, so this holds even without).
   */
  @Test
  void an_import_while_another_node_refreshes_writes_each_row_once(@TempDir Path dir) throws Exception {
    assumeTrue(TestDatabases.kind().equals("postgis"), "two nodes share PostGIS only");
    try (Storage storage = DemoData.loaded()) {
      Path same = ContextDistancesTest.shiftedParcels(dir, "", 0, 0, 20);
      noteAllStale(storage);
      CountDownLatch refreshed = new CountDownLatch(1);
      CountDownLatch commit = new CountDownLatch(1);
      CompletableFuture<Long> refresh = CompletableFuture.supplyAsync(() -> storage.inTransaction(c -> {
        long n = ContextDistances.refreshIfStale(c, storage.dialect());
        refreshed.countDown();
        await(commit);
        return n;
      }));
      assertTrue(refreshed.await(5, TimeUnit.MINUTES), "the refresh ran");
      CompletableFuture<Void> reimport = CompletableFuture.runAsync(
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, same)));
      for (int i = 0; i < 600 && !reimport.isDone() && Sql.count(storage, "pg_locks WHERE NOT granted") == 0; i++) {
        Thread.sleep(100); // until the import waits for the refresh's transaction
      }
      commit.countDown();
      assertEquals(Sql.count(storage, "parcels"), refresh.get(5, TimeUnit.MINUTES));
      reimport.get(5, TimeUnit.MINUTES);
      ContextOracle.assertCurrent(storage, "after an import during another node's refresh");
    }
  }

  /**
   * A node deletes a parcel while another's refresh has rewritten every row but not committed: the
   * delete trigger must wait for the refresh and then remove the rows it wrote for that parcel.
   * Before migration V1_42 the trigger's DELETE waited on the refresh's deleted rows, found them gone
   * after the commit, and never saw the new ones: the parcel's rows stayed, naming a parcel that is gone.
   */
  @Test
  void a_parcel_deleted_while_another_node_refreshes_leaves_no_rows(@TempDir Path dir) throws Exception {
    assumeTrue(TestDatabases.kind().equals("postgis"), "two nodes share PostGIS only");
    try (Storage storage = DemoData.loaded()) {
      String code = (String) Sql.rows(storage, "SELECT MIN(parcel_code) AS code FROM context_distances").get(0).get("code");
      noteAllStale(storage);
      CountDownLatch refreshed = new CountDownLatch(1);
      CountDownLatch commit = new CountDownLatch(1);
      CompletableFuture<Long> refresh = CompletableFuture.supplyAsync(() -> storage.inTransaction(c -> {
        long n = ContextDistances.refreshIfStale(c, storage.dialect());
        refreshed.countDown();
        await(commit);
        return n;
      }));
      assertTrue(refreshed.await(5, TimeUnit.MINUTES), "the refresh ran");
      CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() -> storage.inTransaction(c -> {
        try (java.sql.PreparedStatement s = c.prepareStatement("DELETE FROM parcels WHERE code = ?")) {
          s.setString(1, code);
          return s.executeUpdate();
        }
      }));
      for (int i = 0; i < 600 && !delete.isDone() && Sql.count(storage, "pg_locks WHERE NOT granted") == 0; i++) {
        Thread.sleep(100); // until the delete waits for the refresh's transaction
      }
      commit.countDown();
      refresh.get(5, TimeUnit.MINUTES);
      assertEquals(1, delete.get(5, TimeUnit.MINUTES), "the parcel " + code + " was deleted");
      assertEquals(0L, Sql.count(storage, "context_distances WHERE parcel_code = '" + code + "'"),
          "rows of the deleted parcel " + code);
      ContextOracle.assertCurrent(storage, "after a delete during another node's refresh");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException("waited too long");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
