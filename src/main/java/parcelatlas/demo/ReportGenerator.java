package parcelatlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the weekly reports: for every zone one report on each of the 16 Mondays from
 * 2026-08-03 to 2026-11-16. Cumulative figures follow the zone's {@link ZonePlan} along a random
 * path with quiet weeks; demolished never exceeds signed, neither exceeds the target, and the area
 * cleared is the floor area of the houses demolished so far, reaching the target exactly when the
 * last house is down. Figures never go down except in exactly two reports, where an earlier
 * over-count is corrected and the note gives the reason (see {@link ReportCorrections}).
 */
final class ReportGenerator {
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 3);
  static final int WEEKS = 16;
  private static final long SALT = 43;

  private ReportGenerator() {}

  static List<ZoneReport> generate(List<DemoZone> zones) {
    Dice dice = Dice.forConcept(SALT);
    List<ZoneSeries> series = new ArrayList<>();
    for (DemoZone zone : zones) {
      series.add(series(zone, dice));
    }
    ReportCorrections.apply(series, dice);
    List<ZoneReport> reports = new ArrayList<>();
    for (ZoneSeries s : series) {
      s.annotate(dice);
      reports.addAll(s.reports(FIRST_MONDAY));
    }
    return reports;
  }

  private static ZoneSeries series(DemoZone zone, Dice dice) {
    int target = zone.targetHouseholds();
    double s0;
    double s1;
    double d0;
    double d1;
    switch (zone.plan()) {
      case COMPLETE -> {
        s0 = dice.between(0.75, 0.95);
        s1 = 1;
        d0 = s0 * dice.between(0.5, 0.8);
        d1 = 1;
      }
      case OVERDUE -> {
        s0 = dice.between(0.8, 0.92);
        s1 = Math.min(0.98, s0 + dice.between(0.02, 0.08));
        d0 = s0 * dice.between(0.5, 0.8);
        d1 = s1 * dice.between(0.8, 0.95);
      }
      case ON_TRACK -> {
        s0 = dice.between(0.2, 0.6);
        s1 = dice.between(0.75, 0.97);
        d0 = s0 * dice.between(0.3, 0.7);
        d1 = s1 * dice.between(0.7, 0.95);
      }
      default -> {
        s0 = dice.between(0.1, 0.4);
        s1 = s0 + dice.between(0.05, 0.2);
        d0 = s0 * dice.between(0.2, 0.5);
        d1 = s1 * dice.between(0.4, 0.7);
      }
    }
    int finish = zone.plan() == ZonePlan.COMPLETE ? dice.intBetween(4, 13) : WEEKS - 1;
    double[] signedPath = path(s0, s1, finish - dice.intBetween(0, 2), dice);
    double[] demolishedPath = path(d0, d1, finish, dice);
    int[] signed = new int[WEEKS];
    int[] demolished = new int[WEEKS];
    for (int w = 0; w < WEEKS; w++) {
      signed[w] = (int) Math.floor(target * signedPath[w] + 1e-9);
      demolished[w] = Math.min(signed[w], (int) Math.floor(target * demolishedPath[w] + 1e-9));
    }
    double[] houseShare = new double[target + 1];
    double total = 0;
    double[] sizes = new double[target];
    for (int i = 0; i < target; i++) {
      sizes[i] = dice.between(0.6, 1.6);
      total += sizes[i];
    }
    double running = 0;
    for (int i = 0; i < target; i++) {
      running += sizes[i];
      houseShare[i + 1] = i + 1 == target ? 1 : running / total;
    }
    return new ZoneSeries(zone, signed, demolished, houseShare, new String[WEEKS]);
  }

  /** A non-decreasing path from {@code from} to {@code to}, reached at week {@code until}. */
  private static double[] path(double from, double to, int until, Dice dice) {
    double[] steps = new double[WEEKS];
    double sum = 0;
    for (int w = 1; w <= until; w++) {
      steps[w] = dice.chance(0.25) ? 0 : dice.between(0.2, 1.8);
      sum += steps[w];
    }
    double[] path = new double[WEEKS];
    double running = 0;
    for (int w = 0; w < WEEKS; w++) {
      running += steps[w];
      path[w] = w >= until ? to : from + (to - from) * (sum == 0 ? 1 : running / sum);
    }
    return path;
  }
}
