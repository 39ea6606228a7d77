package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.TestDatabases;

/** Every figure against values worked out by hand from {@link FigureFixture}, on 2026-06-30. */
@Tag("database")
class FigureServiceTest {
  private static final LocalDate DAY = LocalDate.parse("2026-06-30"); // day 181 of 365: 时间进度 49.6%
  private static Storage storage;
  private static FigureService service;

  @BeforeAll
  static void load() {
    storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    service = new FigureService(storage);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void city_wide_figures_match_the_hand_computed_ones() {
    Figures f = service.figures(Scope.CITY, DAY);
    assertEquals(49.6, f.elapsedPct());
    // due to start by 06-30: X1, X2, X3; started: X1 (started), X3 (in production) → 2/3
    assertEquals(3, f.projectsDueToStart());
    assertEquals(2, f.projectsStarted());
    assertEquals(66.7, f.startRatePct());
    // planned this year 1000 + 500 + 2000 + 0 = 3500; completed Jan–Jun 2026: 100 + 200 + 50 + 400 = 750
    assertEquals(3500, f.plannedInvestmentWan());
    assertEquals(750, f.completedInvestmentWan());
    assertEquals(21.4, f.investmentRatePct());
    assertEquals(-28.2, f.investmentGapPts());
    // due in production by 06-30: X2, X3; in production: X3 → 1/2
    assertEquals(2, f.projectsDueInProduction());
    assertEquals(50.0, f.productionRatePct());
    // (5000 + 3000 + 9000) 万元 over A1 + A2 + B1 = 60 亩
    assertEquals(283.3, f.intensityWanPerMu());
    // tax Jan–Jun 2026: X3 30 + 60, X1 6 (X3's Dec 2025 and Jul 2026 are outside) = 96 万元, over
    // B1 (X3 in production) + A1 (X1 paid tax) = 40 亩; A2 (X2 signed, no tax) does not count
    assertEquals(96, f.taxPaidWan());
    assertEquals(40, f.taxLandMu());
    assertEquals(2.4, f.taxWanPerMu());
    // zones on 06-30: Z1 80/70/7000 (the 07-06 report is later), Z2 50/50/5000, Z3 10/0/0
    assertEquals(3, f.zones());
    assertEquals(190, f.targetHouseholds());
    assertEquals(73.7, f.signedPct());
    assertEquals(63.2, f.demolishedPct());
    assertEquals(52.2, f.clearedPct());
    // Z1 overdue since 05-15: 1 month 15 days → 2 months × 2.0; Z3 since 06-01: 29 days → 1 × 1.5
    assertEquals(2, f.overdueZones());
    assertEquals(5.5, f.penaltyWan());
  }

  @Test
  void a_township_counts_only_its_own_projects_and_zones() {
    Figures f = service.figures(Scope.parse("township:甲镇"), DAY);
    assertEquals(50.0, f.startRatePct()); // X1 of X1, X2
    assertEquals(0.0, f.productionRatePct()); // X2 due, not producing
    assertEquals(23.3, f.investmentRatePct()); // 350 of 1500
    assertEquals(-26.3, f.investmentGapPts());
    assertEquals(266.7, f.intensityWanPerMu()); // 8000 over 30 亩
    assertEquals(0.6, f.taxWanPerMu()); // X1's 6 over A1's 10 亩
    assertEquals(86.7, f.signedPct()); // 130 of 150
    assertEquals(80.0, f.demolishedPct());
    assertEquals(80.0, f.clearedPct()); // 12000 of 15000
    assertEquals(1, f.overdueZones());
    assertEquals(4.0, f.penaltyWan());
  }

  @Test
  void a_park_has_its_projects_but_no_zones() {
    Figures f = service.figures(Scope.parse("park:P1"), DAY);
    assertEquals(50.0, f.startRatePct());
    assertEquals(0, f.zones());
    assertNull(f.signedPct());
  }

  @Test
  void figures_on_an_earlier_or_later_day_use_the_reports_of_that_day() {
    Figures may = service.figures(Scope.parse("township:甲镇"), LocalDate.parse("2026-05-10"));
    assertEquals(2, may.zones(), "Z2 had no report yet, but counts as a zone");
    assertEquals(0, may.overdueZones(), "Z1's deadline had not passed");
    Figures july = service.figures(Scope.parse("township:甲镇"), LocalDate.parse("2026-07-10"));
    assertEquals(100.0, july.demolishedPct());
    assertEquals(0, july.overdueZones(), "Z1 was finished on 07-06");
  }

  @Test
  void start_and_production_rates_on_a_past_day_use_the_stages_of_that_day() {
    // 05-10: due to start X1 (03-01), X2 (05-01), X3; X1 was only 落地 (开工 on 05-20) → X3 of 3
    Figures may = service.figures(Scope.CITY, LocalDate.parse("2026-05-10"));
    assertEquals(3, may.projectsDueToStart());
    assertEquals(1, may.projectsStarted());
    assertEquals(33.3, may.startRatePct());
    // 04-15: X3 due in production (04-01) but only 竣工 (投产 on 05-01) → 0 of 1
    Figures april = service.figures(Scope.CITY, LocalDate.parse("2026-04-15"));
    assertEquals(1, april.projectsDueInProduction());
    assertEquals(0, april.projectsInProduction());
    assertEquals(0.0, april.productionRatePct());
    // X2 has no history: its stage (签约) counts on every day; 甲镇 on 05-10: neither X1 nor X2 started
    assertEquals(0.0, service.figures(Scope.parse("township:甲镇"), LocalDate.parse("2026-05-10")).startRatePct());
  }

  @Test
  void tax_per_mu_is_the_year_to_date_over_the_land_of_producing_or_paying_projects() {
    // 04-15: X3 paid 30 in January (Dec 2025 is last year); it was 竣工, not producing, but it paid,
    // so B1's 30 亩 count; X1 had paid nothing yet → 30 / 30
    Figures april = service.figures(Scope.parse("township:乙镇"), LocalDate.parse("2026-04-15"));
    assertEquals(30, april.taxPaidWan());
    assertEquals(1.0, april.taxWanPerMu());
    assertEquals(3.0, service.figures(Scope.parse("township:乙镇"), DAY).taxWanPerMu()); // 90 / 30
    assertEquals(0.6, service.figures(Scope.parse("park:P1"), DAY).taxWanPerMu()); // X1: 6 / 10
    assertNull(service.figures(Scope.parse("township:甲镇"), LocalDate.parse("2026-05-31")).taxWanPerMu(),
        "nothing paid and nothing producing in 甲镇 by May");
  }

  @Test
  void months_of_delay_count_a_started_month_as_a_whole_one() {
    assertEquals(0, FigureService.monthsLate(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01")));
    assertEquals(1, FigureService.monthsLate(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02")));
    assertEquals(1, FigureService.monthsLate(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01")));
    assertEquals(2, FigureService.monthsLate(LocalDate.parse("2026-05-15"), LocalDate.parse("2026-06-30")));
  }
}
