package parcelatlas.features.cql2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Explain;
import parcelatlas.testing.TestDatabases;

/**
 * A category filter keeps the indexes the other conditions had: with a box, each database still reaches
 * the parcels through the spatial index; on PostGIS, on the public rows, the category alone can be
 * answered from the trigram index the investor search uses (V1_21_1; on the small demo the planner may
 * prefer another partial index of the public rows, so the test leaves it only that one).
 */
@Tag("database")
class CategoryPlanTest {
  private static final boolean POSTGIS = TestDatabases.kind().equals("postgis");
  private static Storage storage;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  private static String plan(String where, RowFilter filter, String keepOnly) {
    return storage.inRolledBackTransaction(c -> {
      if (POSTGIS) { // small tables: make a sequential scan dear, to see whether an index is usable at all
        c.createStatement().execute("SET LOCAL enable_seqscan = off");
      }
      if (keepOnly != null) { // the other (partial) indexes go, in this rolled-back transaction only
        java.util.List<String> others = new java.util.ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'parcels'"
            + " AND indexname NOT LIKE '%pkey' AND indexname NOT LIKE '%key'")) {
          while (rs.next()) {
            others.add(rs.getString(1));
          }
        }
        for (String index : others) {
          if (!index.equals(keepOnly)) {
            c.createStatement().execute("DROP INDEX " + index);
          }
        }
      }
      return Explain.plan(c, "SELECT t.id FROM parcels t WHERE " + where + filter.sql(), filter.params())
          .toLowerCase(Locale.ROOT);
    });
  }

  @Test
  void a_category_with_a_box_still_uses_the_spatial_index() {
    RowFilter filter = Cql2.filter("A_CONTAINS(industry_codes, ('new_energy')) AND S_INTERSECTS(geometry, "
        + "BBOX(120.0, 30.0, 121.0, 31.0))", ServedCollection.PARCELS);
    String plan = plan("", filter, null);
    assertTrue(plan.contains("parcels_geom_idx"), plan);
  }

  @Test
  void on_postgis_a_category_on_the_public_rows_can_be_answered_from_the_trigram_index() {
    if (!POSTGIS) {
      return; // H2GIS has no trigram index; its LIKE scans the rows as the investor search's does
    }
    RowFilter filter = Cql2.filter("A_CONTAINS(industry_codes, ('new_energy'))", ServedCollection.PARCELS);
    String plan = plan(ServedCollection.PUBLIC_PARCELS + " AND ", filter, "parcels_public_industry_codes_idx");
    assertTrue(plan.contains("parcels_public_industry_codes_idx"), plan);
  }
}
