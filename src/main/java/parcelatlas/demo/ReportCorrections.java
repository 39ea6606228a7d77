package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The two corrections in the weekly reports, the only places a cumulative figure goes down. In
 * one zone two duplicate registrations were counted as signed for three weeks and struck off
 * ("核减：经复核重复登记2户"); in another an outbuilding was reported as a demolished household for
 * two weeks and struck off. Both are put where the true figure did not grow that week, so the
 * corrected report is really lower, and in zones still in progress.
 */
final class ReportCorrections {
  static final String DUPLICATE_SIGNING = "核减：经复核重复登记2户";
  static final String MISREPORTED_DEMOLITION = "核减：1户拆除数误报（实为附属用房），经复核更正";

  private ReportCorrections() {}

  static void apply(List<ZoneSeries> series, Dice dice) {
    List<ZoneSeries> candidates = new ArrayList<>(series.stream()
        .filter(s -> s.zone.plan() == ZonePlan.ON_TRACK || s.zone.plan() == ZonePlan.LAGGING)
        .toList());
    dice.shuffle(candidates);
    ZoneSeries first = null;
    for (ZoneSeries s : candidates) {
      if (overCountSigned(s)) {
        first = s;
        break;
      }
    }
    for (ZoneSeries s : candidates) {
      if (s != first && first != null && overCountDemolished(s)) {
        return;
      }
    }
    throw new IllegalStateException("no zone can take the two corrections");
  }

  /** Signed over-counted by 2 in weeks k-3..k-1, corrected in week k. */
  private static boolean overCountSigned(ZoneSeries s) {
    int target = s.zone.targetHouseholds();
    for (int k = 6; k < s.signed.length - 1; k++) {
      boolean flat = s.signed[k] - s.signed[k - 1] <= 1;
      boolean room = s.signed[k - 1] + 2 <= target;
      if (flat && room) {
        for (int w = k - 3; w < k; w++) {
          s.signed[w] += 2;
        }
        s.notes[k] = DUPLICATE_SIGNING;
        return true;
      }
    }
    return false;
  }

  /** Demolished over-counted by 1 in weeks k-2..k-1, corrected in week k. */
  private static boolean overCountDemolished(ZoneSeries s) {
    for (int k = 6; k < s.demolished.length - 1; k++) {
      boolean flat = s.demolished[k] == s.demolished[k - 1];
      boolean room = s.demolished[k - 2] + 1 <= s.signed[k - 2]
          && s.demolished[k - 1] + 1 <= s.signed[k - 1];
      if (flat && room) {
        s.demolished[k - 2] += 1;
        s.demolished[k - 1] += 1;
        s.notes[k] = MISREPORTED_DEMOLITION;
        return true;
      }
    }
    return false;
  }
}
