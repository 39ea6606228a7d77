package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The investor search's page as the portal sends it — its features written straight from the rows
 * ({@link PublicParcels#searchJson}), put in the collection by {@link InvestorPageJson} — against
 * the general path: the features of {@link PublicParcels#search} (maps, the servicing label added
 * to each) written one by one by {@link FeatureJson#write} with the parcel code as id, in the same
 * members. Byte for byte, for every land-ready parcel of the demo read page by page in several
 * orders and filters, on both databases.
 */
@Tag("database")
class InvestorPageJsonTest {
  private static Storage storage;
  private static PublicParcels parcels;

  /**
   * Values the demo's land-ready parcels lack, given to the first few in code order: no servicing
   * label (not levelled; levelled without power), servicing unknown (NULL), no price, industry, date
   * or park, a text JSON must escape (quotes, a control character, a character outside the BMP),
   * long and tiny decimals, a text whose only character to escape is a quote (written as bytes
   * otherwise: {@code RawMembers.plain}).
   */
  private static final List<String> ODD_VALUES = List.of("site_levelled = FALSE",
      "site_levelled = NULL, has_road = NULL, has_water = NULL", "site_levelled = TRUE, has_power = FALSE, has_gas = NULL",
      "industry = NULL, price_wan_per_mu = NULL, available_date = NULL, far_min = NULL, park_code = NULL",
      "industry = 'Ｑ\"quoted\" \\ tab\t 𠀀 新能源', far_max = 1e-7, price_wan_per_mu = 123456.123456789",
      "area_m2 = 12345.678912, tax_wan_per_mu = -0.5",
      "industry_en = 'a \"quoted\" name'");

  @BeforeAll
  static void load() throws Exception {
    storage = DemoData.loaded();
    parcels = new PublicParcels(storage, new FeatureReader(storage, RunningApp.CLOCK));
    List<Feature> first = parcels.search(filter(Map.of("limit", String.valueOf(ODD_VALUES.size()))), false).features();
    storage.inTransaction(c -> {
      for (int i = 0; i < ODD_VALUES.size(); i++) {
        try (var s = c.prepareStatement("UPDATE parcels SET " + ODD_VALUES.get(i) + " WHERE code = ?")) {
          s.setString(1, (String) first.get(i).properties().get("code"));
          assertEquals(1, s.executeUpdate());
        }
      }
      return null;
    });
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_land_ready_demo_parcel_is_written_as_the_general_writer_writes_it() throws Exception {
    Set<Object> labels = new HashSet<>();
    int features = pages(Map.of("limit", "100"), false, labels);
    assertTrue(features > 100, "the demo's land-ready parcels: " + features);
    assertTrue(labels.containsAll(java.util.Arrays.asList("三通一平", "五通一平", "七通一平", null)),
        "every servicing label, and none, among the parcels compared: " + labels);
  }

  @Test
  void other_orders_filters_offsets_and_counts_come_out_the_same() throws Exception {
    Set<Object> labels = new HashSet<>();
    pages(Map.of("sort", "-area_mu", "limit", "37"), false, labels);
    pages(Map.of("sort", "total_price", "land_use", "M1,M2", "limit", "25"), true, labels);
    pages(Map.of("status", "listed", "sort", "-status", "limit", "5"), true, labels);
    assertEquals(body(Map.of("offset", "40", "limit", "3"), true), general(Map.of("offset", "40", "limit", "3"), true));
    assertEquals(body(Map.of("min_mu", "100000"), true), general(Map.of("min_mu", "100000"), true)); // none match
  }

  @Test
  void the_body_is_the_buffer_the_page_was_written_into_not_a_copy() throws Exception {
    for (int i = 0; i < 2; i++) { // the second page's buffer is sized after the first, with room for the members
      PublicParcels.SearchJson page = parcels.searchJson(filter(Map.of("limit", "100", "sort", "-area_mu")), true,
          FeatureJson.geometry(OgcCrs.CRS84), InvestorPageJson::generator);
      InvestorPageJson.Body body = InvestorPageJson.write(page);
      assertTrue(i == 0 || body.bytes() == page.features().buffer(), "a copy of the page's buffer");
      assertEquals(general(Map.of("limit", "100", "sort", "-area_mu"), true),
          new String(body.bytes(), 0, body.length(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void a_page_not_written_through_its_generator_is_refused() {
    PublicParcels.SearchJson page = parcels.searchJson(filter(Map.of("limit", "3")), false,
        FeatureJson.geometry(OgcCrs.CRS84), FeatureJson::generator);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> InvestorPageJson.write(page));
  }

  /** Compares every page of a search, following its cursor; how many features they held. */
  private static int pages(Map<String, String> search, boolean count, Set<Object> labels) throws Exception {
    int features = 0;
    String cursor = null;
    do {
      Map<String, String> query = new LinkedHashMap<>(search);
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      PublicParcels.SearchPage page = parcels.search(filter(query), count);
      page.features().forEach(f -> labels.add(f.properties().get("servicing_label")));
      features += page.features().size();
      assertEquals(general(query, count), body(query, count), query.toString());
      cursor = page.next();
    } while (cursor != null);
    return features;
  }

  private static String body(Map<String, String> query, boolean count) throws Exception {
    PublicParcels.SearchJson page = parcels.searchJson(filter(query), count, FeatureJson.geometry(OgcCrs.CRS84),
        InvestorPageJson::generator);
    InvestorPageJson.Body body = InvestorPageJson.write(page);
    return new String(body.bytes(), 0, body.length(), StandardCharsets.UTF_8);
  }

  /** The page as the portal wrote it before the rows writer: each feature through the general writer. */
  private static String general(Map<String, String> query, boolean count) throws Exception {
    PublicParcels.SearchPage page = parcels.search(filter(query), count);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FeatureJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Feature f : page.features()) {
        FeatureJson.write(g, f, (String) f.properties().get("code"));
      }
      g.writeEndArray();
      if (page.numberMatched() != null) {
        g.writeNumberField("numberMatched", page.numberMatched());
      } else if (page.moreThanCap()) {
        g.writeNumberField("numberMatchedMoreThan", PublicParcels.COUNT_CAP);
      }
      g.writeNumberField("numberReturned", page.features().size());
      if (page.more()) {
        g.writeNumberField("nextOffset", page.start() + page.features().size());
        g.writeStringField("next", page.next());
      }
      g.writeEndObject();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ParcelFilter filter(Map<String, String> query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    query.forEach((k, v) -> params.put(k, new java.util.ArrayList<>(List.of(v))));
    return ParcelFilter.parse(params);
  }
}
