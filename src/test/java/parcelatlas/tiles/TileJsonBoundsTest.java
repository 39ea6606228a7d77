package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * TileJSON bounds come from a value kept per data version: no full-table MIN/MAX while nothing was
 * written, and after every kind of write (a parcel added far away, made non-public, deleted) the
 * bounds cover exactly the rows the viewer may see, through the HTTP API, in the TileJSON and in
 * the OGC collection's {@code extent} alike.
 */
@Tag("database")
class TileJsonBoundsTest {
  private static final String COLLECTION = "/ogc/collections/parcels";
  private static final String TILEJSON = "/ogc/collections/parcels/tiles/WebMercatorQuad?f=tilejson";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void bounds_are_computed_once_per_data_version_and_cover_the_data_after_a_write() {
    FeatureReader reader = new FeatureReader(storage, RunningApp.CLOCK);
    AtomicInteger computed = new AtomicInteger();
    TileBounds bounds = new TileBounds(storage, RunningApp.CLOCK, (c, publicOnly) -> {
      computed.incrementAndGet();
      return reader.extent(c, publicOnly);
    });
    ServedCollection parcels = ServedCollection.byId("parcels").orElseThrow();
    double[] before = bounds.bounds(parcels, true).orElseThrow();
    assertArrayEquals(before, bounds.bounds(parcels, true).orElseThrow());
    assertEquals(1, computed.get(), "no second full computation while nothing was written");
    bounds.bounds(parcels, false);
    assertEquals(2, computed.get(), "staff bounds are kept apart from the public ones");

    try {
      storage.inTransaction(c -> c.createStatement().executeUpdate(farParcel("FAR-1", "available")));
      double[] after = bounds.bounds(parcels, true).orElseThrow();
      assertEquals(3, computed.get(), "a write bumps the version: computed afresh");
      assertTrue(after[2] > before[2] + 4, "the east bound reaches the new parcel");
      assertArrayEquals(reader.extent(parcels, true).orElseThrow(), after, "exactly the table's bounds");
    } finally {
      storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM parcels WHERE code LIKE 'FAR-%'"));
    }
  }

  @Test
  void tilejson_bounds_follow_public_rows_through_writes() {
    double[] publicBefore = bounds(app.json(TILEJSON, 200));
    double[] staffBefore = bounds(staff.json(TILEJSON, 200));
    assertArrayEquals(publicBefore, bounds(app.json(TILEJSON, 200)), "asked again: the same");

    storage.inTransaction(c -> c.createStatement().executeUpdate(farParcel("FAR-2", "listed")));
    double[] publicAdded = bounds(app.json(TILEJSON, 200));
    assertTrue(publicAdded[2] > publicBefore[2] + 4, "a public parcel 5° east widens the public bounds");
    assertArrayEquals(publicAdded, extent(app.json(COLLECTION, 200)), "the collection's extent follows too");
    assertTrue(bounds(staff.json(TILEJSON, 200))[2] > staffBefore[2] + 4);

    storage.inTransaction(c -> c.createStatement().executeUpdate(
        "UPDATE parcels SET status = 'transferred' WHERE code = 'FAR-2'"));
    assertTrue(bounds(app.json(TILEJSON, 200))[2] < publicAdded[2] - 4, "no longer public: out of the public bounds");
    assertArrayEquals(bounds(app.json(TILEJSON, 200)), extent(app.json(COLLECTION, 200)));
    assertArrayEquals(bounds(staff.json(TILEJSON, 200)), extent(staff.json(COLLECTION, 200)), "staff see theirs");
    assertTrue(bounds(staff.json(TILEJSON, 200))[2] > staffBefore[2] + 4, "staff still see it");

    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM parcels WHERE code LIKE 'FAR-%'"));
    assertArrayEquals(staffBefore, bounds(staff.json(TILEJSON, 200)), 1e-9, "deleted: back to the demo's bounds");
  }

  private static double[] extent(JsonNode collection) {
    JsonNode b = collection.path("extent").path("spatial").path("bbox").path(0);
    assertEquals(4, b.size(), collection.toString());
    return new double[] {b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()};
  }

  private static double[] bounds(JsonNode tileJson) {
    JsonNode b = tileJson.get("bounds");
    assertEquals(4, b.size(), tileJson.toString());
    return new double[] {b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()};
  }

  /** A copy of the first land-ready demo parcel, moved 5° east, with {@code status}. */
  private static String farParcel(String code, String status) {
    String columns = "park_code, land_use, far_min, far_max, building_density_pct, green_ratio_pct, height_limit_m,"
        + " price_wan_per_mu, invest_intensity_wan_per_mu, tax_wan_per_mu, industry, available_date, has_road,"
        + " has_water, has_power, has_drainage, has_gas, has_telecom, has_heating, site_levelled, area_m2,"
        + " source_crs, source_file, source_record";
    return "INSERT INTO parcels (code, status, geom, " + columns + ") SELECT '" + code + "', '" + status + "',"
        + " ST_Translate(geom, 5, 0), " + columns + " FROM parcels WHERE status = 'available'"
        + " ORDER BY code FETCH FIRST 1 ROW ONLY";
  }
}
