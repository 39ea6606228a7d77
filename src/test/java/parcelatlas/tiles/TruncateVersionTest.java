package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Storage;
import parcelatlas.storage.StorageException;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * A TRUNCATE of any map table never changes its rows without a new data version (tiles' ETags and
 * caches rely on it): on PostGIS a statement trigger bumps the version in the truncating
 * transaction; H2 runs no trigger on TRUNCATE, so there it is refused (migration V1_47: an empty
 * table whose foreign keys reference every map table) and the rows and version stay. The portal
 * itself never truncates (it deletes, which bumps on both); this is for whoever runs SQL beside it.
 */
@Tag("database")
class TruncateVersionTest {
  private static Storage storage;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void stop() {
    storage.close();
  }

  private static long version(Layer layer) {
    return storage.read(c -> DataVersions.current(c, layer));
  }

  @Test
  void a_truncate_of_any_map_table_bumps_its_layer_on_postgis_and_is_refused_on_h2() {
    Map<String, Layer> tables = DataVersionTest.MAP_TABLES;
    boolean postgis = "postgis".equals(storage.dialect().name());
    for (Map.Entry<String, Layer> table : tables.entrySet()) {
      long rows = Sql.count(storage, table.getKey());
      assertTrue(rows > 0, table.getKey() + " has rows to lose");
      long before = version(table.getValue());
      String sql = postgis ? "TRUNCATE " + table.getKey() + " CASCADE" : "TRUNCATE TABLE " + table.getKey();
      Long during;
      try {
        // on PostGIS rolled back after the version is read in the truncating transaction
        during = storage.inRolledBackTransaction(c -> {
          c.createStatement().execute(sql);
          return DataVersions.current(c, table.getValue());
        });
      } catch (StorageException refused) {
        during = null;
      }
      if (postgis) {
        assertNotNull(during, table.getKey());
        assertTrue(during > before, table.getKey() + ": a TRUNCATE bumps " + table.getValue());
      } else {
        assertNull(during, table.getKey() + ": a TRUNCATE, which H2 runs no trigger for, is refused");
      }
      assertEquals(rows, Sql.count(storage, table.getKey()), table.getKey() + " keeps its rows");
      assertEquals(before, version(table.getValue()), table.getKey() + ": nothing written, nothing bumped");
    }
  }

  @Test
  void a_delete_of_every_row_still_works_and_bumps_on_both_databases() {
    long before = version(Layer.CONTEXT_POINTS);
    storage.inRolledBackTransaction(c -> {
      c.createStatement().executeUpdate("DELETE FROM context_points");
      assertTrue(DataVersions.current(c, Layer.CONTEXT_POINTS) > before);
      return null;
    });
    assertEquals(before, version(Layer.CONTEXT_POINTS));
  }
}
