package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.Area;
import parcelatlas.features.FeatureReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * Matching, scored in the database and explained in Java, on a database whose only land-ready
 * parcels are a small fixture, against scores worked out by hand. Needs: 50–120 亩 (30 points),
 * M1 or M2 (20), height ≥ 24 m (10), power, gas and heating (20, so 20/3 each), total price ≤
 * 3,000 万元 (10), industry "新材料" (10) and, as it names a category of the industry catalogue, the
 * park's leading industries including it (10; every fixture parcel lies in QL-P01, 装备制造、新材料):
 * 110 points at stake.
 */
@Tag("database")
class SiteMatcherTest {
  private static Storage storage;
  private static PublicParcels parcels;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE parcels SET status = 'reserved'"));
    parcel("A", 80, "M1", 24.0, true, true, false, 2400.0, "新材料、装备制造");
    parcel("B", 130, "M2", 30.0, true, false, true, 2600.0, "食品加工");
    parcel("C", 200, "M3", null, true, true, true, 8000.0, "新材料");
    parcel("D", 144, "M1", 24.0, true, true, true, 1.0, "");
    parcel("E", 144.2, "M1", 24.0, true, true, true, 1.0, "");
    parcel("Z", 85, "M1", 24.0, true, true, true, 1.0, "");
    parcel("Y", 55, "M1", 24.0, true, true, true, 1.0, "");
    parcels = new PublicParcels(storage, new FeatureReader(storage, RunningApp.CLOCK));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  private static List<Match> rank(MatchRequest need) {
    return parcels.match(need).matches();
  }

  private static Match of(List<Match> ranked, String code) {
    return ranked.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
  }

  private static MatchRequest needs(String json) throws Exception {
    return MatchRequest.parse(new ObjectMapper().readTree(json));
  }

  @Test
  void parcels_are_ranked_by_the_share_of_points_they_earn() throws Exception {
    MatchRequest need = needs("""
        {"min_mu": 50, "max_mu": 120, "land_use": ["M1", "M2"], "min_height_m": 24,
         "needs": ["power", "gas", "heating"], "max_total_price_wan": 3000, "industry": "新材料"}""");
    List<Match> ranked = rank(need).stream().filter(m -> m.code().matches("[ABC]")).toList();
    // out of 110 (the last 10: the park QL-P01 leads with 新材料):
    // A: 30 + 20 + 10 + 2 × 20/3 + 10 + 10 + 10 = 103.3 → 93.9% → 94, missing only heating
    // B: 15 (130 亩 is 10 over 120, within 20%) + 20 + 10 + 2 × 20/3 + 10 + 0 + 10 = 78.3 → 71.2% → 71
    // C: 0 (80 over) + 0 (M3) + 0 (no height limit known) + 20 + 0 (8,000 over budget) + 10 + 10 = 40 → 36.4% → 36
    assertEquals(List.of("A", "B", "C"), ranked.stream().map(Match::code).toList());
    assertEquals(List.of(94, 71, 36), ranked.stream().map(Match::score).toList());
    Match a = ranked.get(0);
    assertEquals(List.of("heating"), a.misses().stream().map(Reason::criterion).toList());
    assertEquals("面积 80 亩，在 50–120 亩之间", a.fits().get(0).zh());
    Match b = ranked.get(1);
    assertEquals(List.of("area", "gas", "industry"), b.misses().stream().map(Reason::criterion).toList());
    assertEquals("面积 130 亩，比需求上限多 10 亩", b.misses().get(0).zh());
    Match c = ranked.get(2);
    assertTrue(c.misses().stream().anyMatch(r -> r.zh().equals("参考总价 8,000 万元，超出预算 5,000 万元")), c.misses().toString());
  }

  @Test
  void an_area_just_within_twenty_percent_of_the_range_earns_half() throws Exception {
    List<Match> ranked = rank(needs("{\"max_mu\": 120, \"limit\": 100}"));
    assertEquals(50, of(ranked, "D").score());
    assertEquals(0, of(ranked, "E").score());
    assertEquals("area 144.2 mu is 24.2 mu above the range 0–120", of(ranked, "E").misses().get(0).en());
  }

  @Test
  void with_no_needs_every_parcel_scores_full_marks_in_code_order() throws Exception {
    List<Match> ranked = rank(needs("{}"));
    assertEquals(List.of("A", "B", "C", "D", "E", "Y", "Z"), ranked.stream().map(Match::code).toList());
    assertTrue(ranked.stream().allMatch(m -> m.score() == 100 && m.misses().isEmpty()));
  }

  @Test
  void equal_scores_go_to_the_area_nearer_the_middle_of_the_range() throws Exception {
    List<Match> ranked = rank(needs("{\"min_mu\": 50, \"max_mu\": 120}"));
    // all of A, Y, Z are within the range: 85 is the middle, 80 is 5 away, 55 is 30 away
    assertEquals(List.of("Z", "A", "Y"), ranked.stream().map(Match::code).toList().subList(0, 3));
  }

  @Test
  void malformed_needs_are_refused_naming_the_member() {
    for (String bad : List.of("{\"min_mu\": \"many\"}", "{\"land_use\": [\"M9\"]}", "{\"needs\": [\"wifi\"]}",
        "{\"colour\": 1}", "[]", "{\"limit\": 1000}")) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> needs(bad), bad);
      assertTrue(e.getMessage().length() > 10, e.getMessage());
    }
  }

  /** A land-ready parcel of the fixture, on the geometry of the demo's first parcel. */
  private static void parcel(String code, double mu, String use, Double height, boolean power, boolean gas,
      boolean heating, Double total, String industry) {
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("INSERT INTO parcels (code, park_code, land_use, status, height_limit_m,"
          + " has_power, has_gas, has_heating, price_wan_per_mu, industry, area_m2, geom, source_crs, source_file,"
          + " source_record) SELECT ?, park_code, ?, 'available', ?, ?, ?, ?, ?, ?, ?, geom, source_crs, source_file,"
          + " source_record FROM parcels WHERE code = (SELECT MIN(code) FROM parcels WHERE status = 'reserved')")) {
        s.setString(1, code);
        s.setString(2, use);
        s.setObject(3, height);
        s.setBoolean(4, power);
        s.setBoolean(5, gas);
        s.setBoolean(6, heating);
        s.setObject(7, total == null ? null : total / mu);
        s.setString(8, industry);
        s.setDouble(9, mu * Area.SQUARE_METRES_PER_MU);
        s.executeUpdate();
      }
      return null;
    });
  }
}
