package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * numberMatched is counted with a bound: a layer grown past {@link FeatureReader#COUNT_CAP} matches
 * answers its first page without numberMatched (the count stops at the cap + 1 rows), while a
 * smaller result, a bbox's, is still counted exactly.
 */
@Tag("database")
class OgcCountCapTest {
  private static final String ITEMS = "/ogc/collections/parcels/items";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    storage.inTransaction(c -> {
      String sql = "INSERT INTO parcels (code, land_use, status, area_m2, geom, source_crs, source_file, source_record)"
          + " VALUES (?, 'M1', 'available', 100, ST_GeomFromText(?, 4326), 'EPSG:4326', 'test', ?)";
      try (var s = c.prepareStatement(sql)) {
        for (int i = 0; i <= FeatureReader.COUNT_CAP; i++) {
          double lon = 100 + (i % 100) * 0.01;
          double lat = 10 + (i / 100) * 0.01;
          s.setString(1, "TEST-CAP-" + i);
          s.setString(2, "MULTIPOLYGON(((" + lon + " " + lat + ", " + (lon + 0.001) + " " + lat + ", " + (lon + 0.001)
              + " " + (lat + 0.001) + ", " + lon + " " + lat + ")))");
          s.setLong(3, i);
          s.addBatch();
        }
        s.executeBatch();
      }
      return null;
    });
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void beyond_the_cap_the_first_page_leaves_number_matched_out_and_still_links_the_next() {
    long publicRows = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    assertTrue(publicRows > FeatureReader.COUNT_CAP, "more than the cap: " + publicRows);
    JsonNode first = app.json(ITEMS + "?limit=10&count=true", 200);
    assertNull(first.get("numberMatched"), "not counted past " + FeatureReader.COUNT_CAP);
    assertEquals(10, first.get("numberReturned").asInt());
    assertNotNull(OgcPagingTest.link(first, "next"));
    JsonNode demoBox = app.json(ITEMS + "?limit=10&count=true&bbox=117,34,118,35", 200);
    assertEquals(Sql.count(storage, "parcels WHERE status IN ('available', 'listed') AND code NOT LIKE 'TEST-CAP-%'"),
        demoBox.get("numberMatched").asLong(), "a result under the cap is counted exactly");
  }
}
