package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZoneReportTest {
  private final DemoCity city = GeneratedCity.get();
  private final Map<String, DemoZone> zones = city.zones().stream()
      .collect(Collectors.toMap(DemoZone::code, Function.identity()));

  @Test
  void every_zone_reports_on_each_of_the_sixteen_mondays() {
    Map<String, List<ZoneReport>> byZone = city.reports().stream()
        .collect(Collectors.groupingBy(ZoneReport::zoneCode));
    assertEquals(zones.keySet(), byZone.keySet());
    for (List<ZoneReport> reports : byZone.values()) {
      assertEquals(16, reports.size());
      assertEquals(LocalDate.of(2026, 8, 3), reports.get(0).date());
      assertEquals(LocalDate.of(2026, 11, 16), reports.get(15).date());
      reports.forEach(r -> assertEquals(DayOfWeek.MONDAY, r.date().getDayOfWeek()));
    }
  }

  @Test
  void no_report_is_above_target_and_none_has_more_demolished_than_signed() {
    for (ZoneReport r : city.reports()) {
      DemoZone zone = zones.get(r.zoneCode());
      assertTrue(r.signed() <= zone.targetHouseholds(), r.toString());
      assertTrue(r.demolished() <= r.signed(), r.toString());
      assertTrue(r.clearedM2() <= zone.targetFloorAreaM2(), r.toString());
      assertTrue(r.demolished() >= 0 && r.clearedM2() >= 0, r.toString());
    }
  }

  @Test
  void exactly_two_reports_go_down_and_each_says_why() {
    List<ZoneReport> down = city.decreasingReports();
    assertEquals(2, down.size());
    down.forEach(r -> assertTrue(r.note().startsWith("核减"), r.toString()));
    assertTrue(!down.get(0).zoneCode().equals(down.get(1).zoneCode()));
  }

  @Test
  void a_few_zones_are_complete_and_some_are_overdue() {
    Map<String, ZoneReport> last = city.reports().stream()
        .collect(Collectors.toMap(ZoneReport::zoneCode, r -> r, (a, b) -> b));
    long complete = 0;
    long overdue = 0;
    for (DemoZone zone : city.zones()) {
      ZoneReport r = last.get(zone.code());
      boolean done = r.demolished() == zone.targetHouseholds()
          && r.clearedM2() == zone.targetFloorAreaM2();
      complete += done ? 1 : 0;
      overdue += !done && zone.deadline().isBefore(DemoCity.AS_OF) ? 1 : 0;
    }
    assertTrue(complete >= 2 && complete <= 8, complete + " complete");
    assertTrue(overdue >= 3, overdue + " overdue");
  }

  @Test
  void zones_are_villages_of_the_right_size_that_do_not_overlap() {
    List<DemoZone> list = city.zones();
    for (int i = 0; i < list.size(); i++) {
      DemoZone z = list.get(i);
      double km2 = z.geometry().getArea() / 1e6;
      assertTrue(z.geometry().isValid() && km2 >= 0.05 && km2 <= 0.6, z.code() + " " + km2);
      assertTrue(z.targetHouseholds() >= 20 && z.targetHouseholds() <= 400, z.code());
      assertTrue(!z.deadline().isBefore(LocalDate.of(2026, 3, 1))
          && !z.deadline().isAfter(LocalDate.of(2027, 6, 30)), z.code());
      for (int j = i + 1; j < list.size(); j++) {
        assertTrue(z.geometry().disjoint(list.get(j).geometry()), z.code());
      }
    }
  }
}
