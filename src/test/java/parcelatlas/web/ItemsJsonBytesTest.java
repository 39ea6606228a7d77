package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.ItemsPage;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.SortKey;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * The items pages written straight from the result set ({@link FeatureReader#itemsJson}) are the
 * very bytes of the same pages read as {@link Feature}s and written one by one by
 * {@link FeatureJson#write} (the way every items page was written before, and still the way of
 * the investor pages): every feature of every collection of the demo, for staff and anonymous
 * visitors, in CRS84 and in projected and latitude-first CRSs, in id order and sorted, page after
 * page by cursor; and the same next cursor and numberMatched on each page.
 */
@Tag("database")
class ItemsJsonBytesTest {
  private static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";
  private static Storage storage;
  private static FeatureReader reader;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    reader = new FeatureReader(storage, RunningApp.CLOCK);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_page_of_every_collection_comes_out_byte_for_byte_as_the_feature_writer_wrote_it() throws IOException {
    int compared = 0;
    for (ServedCollection collection : ServedCollection.values()) {
      for (boolean anonymous : List.of(false, true)) {
        for (String crs : List.of(OgcCrs.CRS84_URI, EPSG + 4326, EPSG + 3857, EPSG + 4527)) {
          compared += comparePages(FeatureQuery.of(collection, anonymous).page(700, 0), OgcCrs.parse("crs", crs));
        }
      }
    }
    assertTrue(compared > 5_000, "features compared: " + compared);
  }

  @Test
  void sorted_pages_offsets_and_counts_agree_too() throws IOException {
    ServedCollection parcels = ServedCollection.PARCELS;
    List<SortKey> sort = List.of(new SortKey(parcels.property("available_date").orElseThrow(), true),
        new SortKey(parcels.property("area_m2").orElseThrow(), false));
    int compared = comparePages(FeatureQuery.of(parcels, true).sortedBy(sort).page(333, 0), OgcCrs.CRS84);
    compared += comparePages(FeatureQuery.of(parcels, false).sortedBy(sort).page(50, 17), OgcCrs.CRS84);
    ServedCollection zones = ServedCollection.DEMOLITION_ZONES;
    compared += comparePages(FeatureQuery.of(zones, false).sortedBy(List.of(
        new SortKey(zones.property("latest_report_date").orElseThrow(), false))).page(7, 3), OgcCrs.CRS84);
    assertTrue(compared > 1000, "features compared: " + compared);
  }

  /**
   * Texts with characters outside the BMP (𠀀 U+20000, 😀 U+1F600): both writers put them out as their
   * 4 UTF-8 bytes (on PostgreSQL the rows writer copies the driver's bytes; Jackson by default wrote
   * two escaped surrogates, {@code \\uD840\\uDC00}, which is the same JSON value in 12 bytes).
   */
  @Test
  void texts_outside_the_basic_plane_come_out_as_their_utf8_bytes_from_both_writers() throws IOException {
    String odd = "园区 \uD840\uDC00 \uD83D\uDE00";
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parks SET name = ? WHERE code = (SELECT MIN(code) FROM parks)")) {
        s.setString(1, odd);
        s.executeUpdate();
      }
      try (var s = c.prepareStatement("UPDATE parcels SET industry_en = ? WHERE id IN (SELECT id FROM parcels ORDER BY id"
          + " LIMIT 50)")) {
        s.setString(1, "Emoji \uD83D\uDE00 " + odd);
        return s.executeUpdate();
      }
    });
    int compared = comparePages(FeatureQuery.of(ServedCollection.PARKS, false).page(700, 0), OgcCrs.CRS84);
    compared += comparePages(FeatureQuery.of(ServedCollection.PARCELS, false).page(700, 0), OgcCrs.CRS84);
    assertTrue(compared > 1000, "features compared: " + compared);
    String parks = new String(reader.itemsJson(FeatureQuery.of(ServedCollection.PARKS, false).page(100, 0), null, false,
        FeatureJson.geometry(OgcCrs.CRS84), FeatureJson::generator).features(), StandardCharsets.UTF_8);
    String parcels = new String(reader.itemsJson(FeatureQuery.of(ServedCollection.PARCELS, false).page(10, 0), null,
        false, FeatureJson.geometry(OgcCrs.CRS84), FeatureJson::generator).features(), StandardCharsets.UTF_8);
    assertTrue(parks.contains(odd), parks);
    assertTrue(parcels.contains("Emoji \uD83D\uDE00"), parcels);
    assertFalse(parks.contains("\\uD8") || parcels.contains("\\uD8"), "no escaped surrogates");
    boolean found = false;
    for (var feature : Json.MAPPER.readTree(parks)) {
      found |= odd.equals(feature.get("properties").get("name").asText());
    }
    assertTrue(found, "the JSON value read back is the stored text");
  }

  /** Pages the query to its end by cursor, counting each page; returns the number of features compared. */
  private static int comparePages(FeatureQuery query, OgcCrs crs) throws IOException {
    int compared = 0;
    FeatureCursor after = null;
    String where = query.collection().id() + (query.publicOnly() ? " anonymous " : " staff ") + crs.uri();
    do {
      ItemsPage expected = reader.items(query, after, true);
      ItemsJson got = reader.itemsJson(query, after, true, FeatureJson.geometry(crs), FeatureJson::generator);
      assertEquals(text(expected.features(), crs), new String(got.features(), StandardCharsets.UTF_8), where);
      assertEquals(expected.features().size(), got.numberReturned(), where);
      assertEquals(expected.numberMatched(), got.numberMatched(), where);
      assertEquals(expected.next() == null ? null : expected.next().encode(query.sortBy()),
          got.next() == null ? null : got.next().encode(query.sortBy()), where);
      compared += got.numberReturned();
      after = got.next();
    } while (after != null);
    return compared;
  }

  private static String text(List<Feature> features, OgcCrs crs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FeatureJson.generator(out)) {
      g.writeStartArray();
      for (Feature f : features) {
        FeatureJson.write(g, f, crs, null);
      }
      g.writeEndArray();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
