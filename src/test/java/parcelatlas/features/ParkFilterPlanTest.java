package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.TestDatabases;

/** The park filter lets each database reach the layer through its spatial index. */
@Tag("database")
class ParkFilterPlanTest {
  @Test
  void the_park_filter_is_answered_from_the_parcels_spatial_index() {
    try (Storage storage = DemoData.loaded()) {
      RowFilter park = RowFilter.park("QL-P01");
      boolean postgis = TestDatabases.kind().equals("postgis");
      String plan = storage.inRolledBackTransaction(c -> {
        if (postgis) {
          // small tables: tell the planner a sequential scan is dear, to see whether the index is usable at all
          c.createStatement().execute("SET LOCAL enable_seqscan = off");
        }
        try (var s = c.prepareStatement("EXPLAIN SELECT t.id FROM parcels t WHERE " + park.sql())) {
          for (int i = 0; i < park.params().size(); i++) {
            s.setObject(i + 1, park.params().get(i));
          }
          try (var rs = s.executeQuery()) {
            StringBuilder text = new StringBuilder();
            while (rs.next()) {
              text.append(rs.getString(1)).append('\n');
            }
            return text.toString();
          }
        }
      });
      assertTrue(plan.toLowerCase(java.util.Locale.ROOT).contains("parcels_geom_idx"), plan);
      System.out.println("park filter plan on " + TestDatabases.kind() + ":\n" + plan);
    }
  }
}
