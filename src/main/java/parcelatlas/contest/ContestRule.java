package parcelatlas.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parcelatlas.figures.Figures;

/**
 * The contest's one rule (季考评 / 擂台赛): how figures become scores, places and flags.
 * <ol>
 *   <li>On each ranked figure with a weight above 0, the best value among the places measured on
 *       it is the benchmark (标杆): a place earns {@code weight × value ÷ best} (0 when the best is
 *       0). A place with nothing to measure on a figure (its value is null) is not scored on it.
 *   <li>Score = 100 × the points earned ÷ the weights of the figures the place was measured on,
 *       rounded to 2 decimals: 100 means best on every figure it had. A place measured on no
 *       weighted figure has no score, no place and no flag (listed last, by name).
 *   <li>Places: equal scores (as rounded) share a place, the next place skipping as many (1, 1, 3).
 *   <li>Flags: red for every place whose place is at most {@code red}; yellow for every place whose
 *       place counted from the bottom (1 + the scores below it) is at most {@code yellow}. A tie is
 *       never split: all tied places get the flag, so more than {@code red} or {@code yellow}
 *       flags can be given. Red wins where both would apply (fewer places than {@code red + yellow}).
 * </ol>
 * Each place's {@code points} are its share of the score per figure (they add up to the score,
 * but for rounding).
 */
public final class ContestRule {
  /** Red and yellow flags. */
  public static final String RED = "red";
  public static final String YELLOW = "yellow";

  /** The rule's settings: each figure's weight (0–100) and how many red and yellow flags. */
  public record Settings(Map<String, Integer> weights, int red, int yellow) {}

  /** One place of the contest; rank, score and flag null when the place was measured on nothing. */
  public record Standing(Integer rank, String name, String label, Double score, String flag,
      Map<String, Double> points) {}

  private ContestRule() {}

  /**
   * The standings of {@code figures} (by name, labels by name) on {@code metrics} (the ranked
   * figures of townships or parks), best first, ties by name.
   */
  public static List<Standing> standings(Map<String, Figures> figures, Map<String, String> labels,
      Map<String, Function<Figures, Double>> metrics, Settings settings) {
    Map<String, Map<String, Double>> earned = new LinkedHashMap<>();
    Map<String, Double> measuredWeight = new LinkedHashMap<>();
    figures.keySet().forEach(name -> {
      earned.put(name, new LinkedHashMap<>());
      measuredWeight.put(name, 0.0);
    });
    metrics.forEach((key, metric) -> {
      int weight = settings.weights().getOrDefault(key, 0);
      Double best = figures.values().stream().map(metric).filter(v -> v != null)
          .max(Comparator.naturalOrder()).orElse(null);
      if (weight <= 0 || best == null) {
        return;
      }
      figures.forEach((name, f) -> {
        Double value = metric.apply(f);
        if (value != null) {
          earned.get(name).put(key, best > 0 ? weight * value / best : 0.0);
          measuredWeight.merge(name, (double) weight, Double::sum);
        }
      });
    });
    Map<String, Double> scores = new LinkedHashMap<>();
    figures.keySet().forEach(name -> scores.put(name, measuredWeight.get(name) > 0
        ? round(100 * earned.get(name).values().stream().mapToDouble(Double::doubleValue).sum()
            / measuredWeight.get(name)) : null));
    List<String> order = new ArrayList<>(figures.keySet());
    order.sort(Comparator.comparing((String n) -> scores.get(n), Comparator.nullsLast(Comparator.<Double>reverseOrder()))
        .thenComparing(Comparator.naturalOrder()));
    List<Standing> standings = new ArrayList<>();
    for (String name : order) {
      Double score = scores.get(name);
      Integer rank = score == null ? null : 1 + (int) scores.values().stream().filter(s -> s != null && s > score).count();
      int fromBottom = score == null ? 0 : 1 + (int) scores.values().stream().filter(s -> s != null && s < score).count();
      String flag = rank == null ? null : rank <= settings.red() ? RED : fromBottom <= settings.yellow() ? YELLOW : null;
      Map<String, Double> points = new LinkedHashMap<>();
      earned.get(name).forEach((key, p) -> points.put(key, round(100 * p / measuredWeight.get(name))));
      standings.add(new Standing(rank, name, labels.getOrDefault(name, name), score, flag, points));
    }
    return standings;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
