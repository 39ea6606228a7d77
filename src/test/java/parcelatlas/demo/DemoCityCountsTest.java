package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ProjectStage;

class DemoCityCountsTest {
  private final DemoCity city = GeneratedCity.get();

  @Test
  void the_city_has_six_or_seven_parks_of_three_to_fifteen_square_kilometres() {
    assertTrue(city.parks().size() >= 6 && city.parks().size() <= 7);
    for (DemoPark park : city.parks()) {
      double km2 = park.boundary().getArea() / 1e6;
      assertTrue(km2 >= 3 && km2 <= 15, park.code() + " is " + km2 + " km²");
      assertTrue(park.boundary().isValid(), park.code());
    }
  }

  @Test
  void parks_do_not_overlap_and_lie_within_the_city_in_zone_39() {
    List<DemoPark> parks = city.parks();
    for (int i = 0; i < parks.size(); i++) {
      var box = parks.get(i).boundary().getEnvelopeInternal();
      assertTrue(box.getMinX() > 39_509_000 && box.getMaxX() < 39_546_000, parks.get(i).code());
      assertTrue(box.getMinY() > 3_824_700 && box.getMaxY() < 3_863_400, parks.get(i).code());
      for (int j = i + 1; j < parks.size(); j++) {
        assertTrue(parks.get(i).boundary().disjoint(parks.get(j).boundary()));
      }
    }
  }

  @Test
  void there_are_fifteen_hundred_to_twenty_two_hundred_parcels() {
    int n = city.parcels().size();
    assertTrue(n >= 1500 && n <= 2200, n + " parcels");
  }

  @Test
  void every_code_is_unique_within_its_layer_and_well_formed() {
    assertUnique(city.parks().stream().map(DemoPark::code).toList(), "QL-P0\\d");
    assertUnique(city.parcels().stream().map(DemoParcel::code).toList(),
        "QL-P0\\d-[A-Z]-\\d{3}|QL-X-\\d{3}");
    assertUnique(city.projects().stream().map(DemoProject::code).toList(), "QL-XM-\\d{3}");
    assertUnique(city.zones().stream().map(DemoZone::code).toList(), "QL-Z\\d{2}");
  }

  @Test
  void every_status_is_present_in_roughly_the_planned_share() {
    Map<ParcelStatus, Integer> counts = new EnumMap<>(ParcelStatus.class);
    city.parcels().forEach(p -> counts.merge(p.status(), 1, Integer::sum));
    assertEquals(ParcelStatus.values().length, counts.size(), counts.toString());
    double n = city.parcels().size();
    Map<ParcelStatus, Double> planned = Map.of(ParcelStatus.IN_PRODUCTION, 0.35,
        ParcelStatus.UNDER_CONSTRUCTION, 0.10, ParcelStatus.TRANSFERRED, 0.08,
        ParcelStatus.AVAILABLE, 0.15, ParcelStatus.LISTED, 0.07, ParcelStatus.RESERVED, 0.10,
        ParcelStatus.IDLE, 0.05, ParcelStatus.UNSUPPLIED, 0.10);
    planned.forEach((status, share) -> assertEquals(share, counts.get(status) / n, 0.04,
        status + " share"));
  }

  @Test
  void a_few_parcels_lie_outside_every_park() {
    long outside = city.parcels().stream().filter(p -> p.parkCode() == null).count();
    assertTrue(outside >= 3 && outside <= 30, outside + " outside");
  }

  @Test
  void there_are_eighty_to_a_hundred_and_ten_projects_at_every_stage() {
    int n = city.projects().size();
    assertTrue(n >= 80 && n <= 110, n + " projects");
    Set<ProjectStage> stages = new HashSet<>();
    city.projects().forEach(p -> stages.add(p.stage()));
    assertEquals(ProjectStage.values().length, stages.size());
  }

  @Test
  void there_are_twenty_five_to_thirty_five_zones_with_a_report_every_week() {
    int n = city.zones().size();
    assertTrue(n >= 25 && n <= 35, n + " zones");
    assertEquals(n * ReportGenerator.WEEKS, city.reports().size());
  }

  private static void assertUnique(List<String> codes, String pattern) {
    Set<String> seen = new HashSet<>();
    List<String> bad = new ArrayList<>();
    for (String code : codes) {
      if (!seen.add(code) || !code.matches(pattern)) {
        bad.add(code);
      }
    }
    assertTrue(bad.isEmpty(), "duplicate or malformed: " + bad);
  }
}
