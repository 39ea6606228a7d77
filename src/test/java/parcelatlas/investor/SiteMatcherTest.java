package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parcelatlas.features.Feature;

/**
 * Matching on a three-parcel fixture, against scores worked out by hand. Needs: 50–120 亩 (30
 * points), M1 or M2 (20), height ≥ 24 m (10), power, gas and heating (20, so 20/3 each), total
 * price ≤ 3,000 万元 (10), industry "新材料" (10): 100 points at stake.
 */
class SiteMatcherTest {
  private static final Feature A = parcel("A", 80, "M1", 24.0, true, true, false, 2400.0, "新材料、装备制造");
  private static final Feature B = parcel("B", 130, "M2", 30.0, true, false, true, 2600.0, "食品加工");
  private static final Feature C = parcel("C", 200, "M3", null, true, true, true, 8000.0, "新材料");

  private static MatchRequest needs(String json) throws Exception {
    return MatchRequest.parse(new ObjectMapper().readTree(json));
  }

  @Test
  void parcels_are_ranked_by_the_share_of_points_they_earn() throws Exception {
    MatchRequest need = needs("""
        {"min_mu": 50, "max_mu": 120, "land_use": ["M1", "M2"], "min_height_m": 24,
         "needs": ["power", "gas", "heating"], "max_total_price_wan": 3000, "industry": "新材料"}""");
    List<Match> ranked = SiteMatcher.rank(List.of(C, B, A), need);
    // A: 30 + 20 + 10 + 2 × 20/3 + 10 + 10 = 93.3 → 93, missing only heating
    // B: 15 (130 亩 is 10 over 120, within 20%) + 20 + 10 + 2 × 20/3 + 10 + 0 = 68.3 → 68
    // C: 0 (80 over) + 0 (M3) + 0 (no height limit known) + 20 + 0 (8,000 over budget) + 10 = 30
    assertEquals(List.of("A", "B", "C"), ranked.stream().map(Match::code).toList());
    assertEquals(List.of(93, 68, 30), ranked.stream().map(Match::score).toList());
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
    MatchRequest need = needs("{\"max_mu\": 120}");
    assertEquals(50, SiteMatcher.score(parcel("D", 144, "M1", 24.0, true, true, true, 1.0, ""), need).score());
    assertEquals(0, SiteMatcher.score(parcel("E", 144.2, "M1", 24.0, true, true, true, 1.0, ""), need).score());
  }

  @Test
  void with_no_needs_every_parcel_scores_full_marks_in_code_order() throws Exception {
    List<Match> ranked = SiteMatcher.rank(List.of(C, A, B), needs("{}"));
    assertEquals(List.of("A", "B", "C"), ranked.stream().map(Match::code).toList());
    assertEquals(List.of(100, 100, 100), ranked.stream().map(Match::score).toList());
  }

  @Test
  void equal_scores_go_to_the_area_nearer_the_middle_of_the_range() throws Exception {
    Feature near = parcel("Z", 85, "M1", 24.0, true, true, true, 1.0, "");
    Feature far = parcel("Y", 55, "M1", 24.0, true, true, true, 1.0, "");
    List<Match> ranked = SiteMatcher.rank(List.of(far, near), needs("{\"min_mu\": 50, \"max_mu\": 120}"));
    assertEquals(List.of("Z", "Y"), ranked.stream().map(Match::code).toList());
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

  private static Feature parcel(String code, double mu, String use, Double height, boolean power, boolean gas,
      boolean heating, Double total, String industry) {
    Map<String, Object> p = new HashMap<>();
    p.put("code", code);
    p.put("area_mu", mu);
    p.put("land_use", use);
    p.put("height_limit_m", height);
    p.put("has_power", power);
    p.put("has_gas", gas);
    p.put("has_heating", heating);
    p.put("total_price_wan", total);
    p.put("industry", industry);
    return new Feature(1, null, p);
  }
}
