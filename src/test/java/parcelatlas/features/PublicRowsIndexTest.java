package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Explain;

/**
 * On PostgreSQL an anonymous page of parcels in a box reads an index of the land-ready parcels
 * alone (their spatial index {@code parcels_public_geom_idx}; where the box holds nearly all of
 * them, as a 1° box on the demo may, their code index), whatever the box's size, and never the
 * layer's spatial index intersected with another index read whole for its condition (a
 * {@code BitmapAnd}: what PostgreSQL chose at 1M parcels for a 1° box, 95-240 ms a page). The demo's
 * table is small, so sequential scans are turned off for the plan, as a city's size would rule them
 * out. A page looks
 * its parcels' park up only for the rows it returns, without joining the parks of every parcel in
 * the box.
 */
@Tag("database")
class PublicRowsIndexTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void an_anonymous_page_in_any_box_reads_the_public_rows_spatial_index() {
    assumeTrue("postgis".equals(storage.dialect().name()));
    for (String box : new String[] {"117.20,34.70,117.23,34.73", "117.0,34.0,118.0,35.0", "115.5,33.0,119.0,36.0"}) {
      String plan = plan(box);
      assertTrue(plan.contains(" parcels_public_"), box + ": " + plan);
      assertFalse(plan.contains("BitmapAnd") || plan.contains("parcels_geom_idx"), box + ": " + plan);
    }
  }

  /** Failed before the page selected park names by lookup: the plan joined parks p to every row. */
  @Test
  void a_page_looks_up_the_parks_of_its_own_rows_only() {
    assumeTrue("postgis".equals(storage.dialect().name()));
    String plan = plan("117.0,34.0,118.0,35.0");
    assertFalse(plan.contains("parks p"), plan);
    assertTrue(plan.contains("SubPlan") && plan.contains("on parks b"), plan);
  }

  private static String plan(String bbox) {
    FeatureQuery query = FeatureQuery.of(ServedCollection.PARCELS, true).page(100, 0)
        .where(RowFilter.bbox(BBox.parse(bbox)));
    FeatureSql.Statement statement = FeatureSql.items(query, null);
    return storage.inRolledBackTransaction(c -> {
      try (var s = c.createStatement()) {
        s.execute("ANALYZE parcels"); // the whole demo table sampled: the same statistics in every run
        s.execute("SET LOCAL enable_seqscan = off");
      }
      return Explain.plan(c, statement.sql(), statement.params());
    });
  }
}
