package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureReader;
import parcelatlas.investor.ParcelFilter;
import parcelatlas.investor.PublicParcels;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * The investor search's page writer against the general feature writer it replaces on that path
 * ({@link FeatureJson#write} with the parcel code as id): byte for byte, for every land-ready
 * parcel of the demo read page by page as the search reads them, and for made-up features whose
 * values the demo lacks (numbers of every magnitude and sign, nulls, dates, a feature with fewer or
 * other keys than the first one written).
 */
@Tag("database")
class InvestorPageJsonTest {
  private static Storage storage;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_land_ready_demo_parcel_is_written_as_the_general_writer_writes_it() throws Exception {
    PublicParcels parcels = new PublicParcels(storage, new FeatureReader(storage, RunningApp.CLOCK));
    List<Feature> all = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, List<String>> query = new LinkedHashMap<>(Map.of("limit", List.of("100")));
      if (cursor != null) {
        query.put("cursor", List.of(cursor));
      }
      PublicParcels.SearchPage page = parcels.search(ParcelFilter.parse(query), false);
      all.addAll(page.features());
      cursor = page.next();
    } while (cursor != null);
    assertTrue(all.size() > 100, "the demo's land-ready parcels: " + all.size());
    assertEquals(general(all), written(all));
  }

  @Test
  void numbers_nulls_dates_and_other_key_orders_come_out_the_same() throws Exception {
    List<Feature> features = new ArrayList<>();
    double[] numbers = {0.0, -0.0, 35.0, 2.75, 0.1 + 0.2, 1e-3, 9.99e-4, 9_999_999.9999, 1e7, 12_345.6789, 12_345.67891,
        -4.5, 1e300, Double.MIN_VALUE, 0.0001, 123_456.1};
    for (double n : numbers) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("code", "P-" + features.size());
      p.put("area_m2", n);
      p.put("area_mu", n / 666.67);
      p.put("price_wan_per_mu", (Object) null);
      p.put("available_date", LocalDate.of(2026, 1, 31));
      p.put("has_road", true);
      p.put("parcels", 12L);
      p.put("servicing_label", "三通一平 \"quoted\"\n");
      features.add(new Feature(features.size(), "{\"type\":\"Point\",\"coordinates\":[120.1,30.2]}"
          .getBytes(StandardCharsets.UTF_8), p));
    }
    Map<String, Object> fewer = new LinkedHashMap<>(Map.of("code", "short"));
    fewer.put("area_m2", null);
    features.add(1, new Feature(99, (byte[]) null, fewer));
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("code", "other");
    other.put("zz", 1.5);
    other.put("area_mu", 3.0);
    features.add(3, new Feature(100, (byte[]) null, other));
    assertEquals(general(features), written(features));
  }

  private static String general(List<Feature> features) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FeatureJson.generator(out)) {
      g.writeStartArray();
      for (Feature f : features) {
        FeatureJson.write(g, f, (String) f.properties().get("code"));
      }
      g.writeEndArray();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String written(List<Feature> features) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FeatureJson.generator(out)) {
      g.writeStartArray();
      InvestorPageJson.features(g, features);
      g.writeEndArray();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
