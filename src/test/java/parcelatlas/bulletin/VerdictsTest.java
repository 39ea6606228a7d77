package parcelatlas.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parcelatlas.figures.Rankings;

/** The one rule for praise and criticism, on rankings written by hand. */
class VerdictsTest {
  private static Rankings.Place place(int rank, String name, Double value) {
    return new Rankings.Place(rank, name, name, value, rank, value, null, null);
  }

  @Test
  void the_first_is_praised_and_the_last_measured_criticised_nobody_when_all_equal() {
    Map<String, List<Rankings.Place>> townships = new LinkedHashMap<>();
    townships.put("start_rate_pct", List.of(place(1, "乙镇", 100.0), place(2, "甲镇", 50.0), place(3, "丙镇", null)));
    townships.put("signed_pct", List.of(place(1, "甲镇", 80.0), place(2, "乙镇", 80.0)));
    townships.put("demolished_pct", List.of(place(1, "甲镇", 80.0), place(2, "乙镇", null)));
    Map<String, List<Rankings.Place>> parks = Map.of("intensity_wan_per_mu",
        List.of(place(1, "高新区", 300.0), place(2, "港区", 120.5)));
    Bulletin.OverdueZone zone = new Bulletin.OverdueZone("Z1", "东片区", "甲镇", "王某", "甲镇政府",
        LocalDate.parse("2026-03-31"), 3, 80.0, 80.0, 12.0);
    Verdicts v = Verdicts.of(townships, parks, List.of(zone));
    assertEquals(List.of("镇街乙镇“开工率”居第一（100.0%）。", "园区高新区“亩均投资强度”居第一（300.0 万元/亩）。"), v.praiseLines());
    assertEquals(List.of("镇街甲镇“开工率”居末位（50.0%）。", "园区港区“亩均投资强度”居末位（120.5 万元/亩）。",
        "征收片区东片区（甲镇，包保领导王某）已逾期 3 个月未完成征收。"), v.criticismLines());
    Verdicts.Verdict first = v.praise().get(0);
    assertEquals(List.of("township", "乙镇", "start_rate_pct", 100.0), List.of(first.subject(), first.name(),
        first.figure(), first.value()), "what a line names, for the page to word it in English");
    Verdicts.Verdict zoneLine = v.criticism().get(2);
    assertEquals(List.of("zone", "东片区", "甲镇", "王某", 3L), List.of(zoneLine.subject(), zoneLine.name(),
        zoneLine.township(), zoneLine.leader(), zoneLine.monthsLate()));
  }
}
