package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.OneConnection;
import parcelatlas.testing.RunningApp;

/**
 * On PostgreSQL an OGC items page in a wide box (a city's, {@code Plans.WIDE_BOX_DEG2} or more) is
 * planned for its box, also after the small boxes of a map's views on the same connection: left to
 * itself PostgreSQL kept, from the sixth small box on, the generic plan (the spatial index, then a
 * sort of every row in the box), which the wide box then ran on. Read from
 * {@code pg_prepared_statements}, through the items path the endpoint takes ({@code OgcBBox}, the
 * reader's JSON page).
 */
@Tag("database")
class ItemsPlansTest {
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
  void a_wide_box_after_small_ones_is_planned_for_its_box() {
    assumeTrue("postgis".equals(storage.dialect().name()));
    storage.read(c -> {
      FeatureReader reader = new FeatureReader(new OneConnection(c, storage.dialect()), RunningApp.CLOCK);
      for (int i = 0; i < 8; i++) { // a visitor's small views: PostgreSQL settles on the generic plan
        page(reader, String.format(java.util.Locale.ROOT, "%.3f,34.70,%.3f,34.73", 117.20 + i * 0.01, 117.23 + i * 0.01));
      }
      long[] before = plans(c);
      assertTrue(before[0] > 0, "the small boxes ran on the generic plan: " + before[0] + " generic, " + before[1] + " custom");
      for (int i = 0; i < 4; i++) {
        page(reader, "115.5,33.0,119.0,36.0"); // the whole demo city
      }
      long[] after = plans(c);
      assertEquals(0, after[0] - before[0], "no wide box on the generic plan");
      assertEquals(4, after[1] - before[1], "each wide box planned for itself");
      return null;
    });
  }

  private static void page(FeatureReader reader, String bbox) throws java.sql.SQLException {
    FeatureQuery query = OgcBBox.Box.on(OgcBBox.parse(bbox, OgcCrs.parse("bbox-crs", null)),
        FeatureQuery.of(ServedCollection.PARCELS, true).page(100, 0));
    ItemsJson page = reader.itemsJson(query, null, false, FeatureJson.geometry(OgcCrs.parse("crs", null)),
        OgcItemsPage::generator);
    assertTrue(page != null);
  }

  /** [generic, custom] plans of the items statement prepared on this connection. */
  private static long[] plans(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT generic_plans, custom_plans FROM pg_prepared_statements"
        + " WHERE statement LIKE '%FROM parcels t%' AND strpos(statement, 'ST_MakeEnvelope') > 0")) {
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the items statement is prepared on the server");
        long[] plans = {r.getLong(1), r.getLong(2)};
        assertTrue(!r.next(), "one items statement");
        return plans;
      }
    }
  }
}
