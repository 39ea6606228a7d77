package parcelatlas.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 龙虎榜: townships, or parks, ranked on each figure, best first (one with nothing to measure
 * last, ties by name), on a day and on the day a period earlier, so each place shows how it moved,
 * and always against a week and a month earlier (the desk's two change columns).
 * Parks are ranked on the project and land figures only: demolition zones belong to townships.
 */
public final class Rankings {
  /** What is ranked. */
  public enum Of { TOWNSHIPS, PARKS }

  /** The ranked figures of townships: higher is better for each. */
  public static final Map<String, Function<Figures, Double>> METRICS = metrics(true);
  /** The ranked figures of parks. */
  public static final Map<String, Function<Figures, Double>> PARK_METRICS = metrics(false);

  /**
   * One township's or park's place on one figure.
   *
   * @param name the township's name or the park's code
   * @param label what to show: the township's name, or the park's name (its code when unnamed)
   * @param part the count or amount behind the value (e.g. projects started, for 开工率 3/3), null
   *     where the value is null (nothing to measure, or withheld) or the figure is no ratio
   * @param whole what {@code part} is measured against (e.g. projects due to start)
   * @param weekRank the place and {@code weekValue} the value {@link #WEEK_DAYS} days earlier, and
   *     {@code monthRank}, {@code monthValue} {@link #MONTH_DAYS} days earlier, whatever the period
   *     ({@code previousRank}, {@code previousValue}) is: the desk shows both changes side by side
   */
  public record Place(int rank, String name, String label, Double value, Integer previousRank, Double previousValue,
      Double part, Double whole, Integer weekRank, Double weekValue, Integer monthRank, Double monthValue) {

    /** A place without the week and month comparisons. */
    public Place(int rank, String name, String label, Double value, Integer previousRank, Double previousValue,
        Double part, Double whole) {
      this(rank, name, label, value, previousRank, previousValue, part, whole, null, null, null, null);
    }
  }

  /** The days back of the week's and the month's change. */
  public static final int WEEK_DAYS = 7;
  public static final int MONTH_DAYS = 30;

  /** The counts or amounts behind each ranked ratio: {part, whole}. */
  private static final Map<String, Function<Figures, double[]>> PARTS = Map.of(
      "start_rate_pct", f -> new double[] {f.projectsStarted(), f.projectsDueToStart()},
      "investment_rate_pct", f -> f.completedInvestmentWan() == null ? null
          : new double[] {f.completedInvestmentWan(), f.plannedInvestmentWan()},
      "production_rate_pct", f -> new double[] {f.projectsInProduction(), f.projectsDueInProduction()},
      "tax_wan_per_mu", f -> f.taxPaidWan() == null || f.taxLandMu() == null ? null
          : new double[] {f.taxPaidWan(), f.taxLandMu()},
      "signed_pct", f -> new double[] {f.signedHouseholds(), f.targetHouseholds()},
      "demolished_pct", f -> new double[] {f.demolishedHouseholds(), f.targetHouseholds()},
      "cleared_pct", f -> new double[] {f.clearedAreaM2(), f.targetAreaM2()});

  private Rankings() {}

  private static Map<String, Function<Figures, Double>> metrics(boolean withZones) {
    Map<String, Function<Figures, Double>> m = new LinkedHashMap<>();
    m.put("start_rate_pct", Figures::startRatePct);
    m.put("investment_rate_pct", Figures::investmentRatePct);
    m.put("production_rate_pct", Figures::productionRatePct);
    m.put("intensity_wan_per_mu", Figures::intensityWanPerMu);
    m.put("tax_wan_per_mu", Figures::taxWanPerMu);
    if (withZones) {
      m.put("signed_pct", Figures::signedPct);
      m.put("demolished_pct", Figures::demolishedPct);
      m.put("cleared_pct", Figures::clearedPct);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The rankings as {@code readers} may see them: a figure withheld from them ranks as one with nothing to measure. */
  public static Map<String, List<Place>> of(FigureService service, Of what, LocalDate day, int periodDays,
      Readers readers) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (what == Of.TOWNSHIPS) {
      service.townships().forEach(t -> labels.put(t, t));
    } else {
      service.parks().forEach(p -> labels.put(p[0], p[1] == null ? p[0] : p[1]));
    }
    Scope.Kind kind = what == Of.TOWNSHIPS ? Scope.Kind.TOWNSHIP : Scope.Kind.PARK;
    List<String> names = new ArrayList<>(labels.keySet());
    Map<Integer, Map<String, Figures>> back = new java.util.HashMap<>(); // days back → figures, each computed once
    Function<Integer, Map<String, Figures>> at = days -> back.computeIfAbsent(days,
        d -> service.figuresOf(kind, names, day.minusDays(d), readers));
    Map<String, Figures> now = at.apply(0);
    Map<String, Figures> before = at.apply(periodDays);
    Map<String, Figures> week = at.apply(WEEK_DAYS);
    Map<String, Figures> month = at.apply(MONTH_DAYS);
    Map<String, List<Place>> ranked = new LinkedHashMap<>();
    (what == Of.TOWNSHIPS ? METRICS : PARK_METRICS).forEach((key, metric) -> {
      List<String> order = order(now, metric);
      List<String> previousOrder = order(before, metric);
      List<String> weekOrder = order(week, metric);
      List<String> monthOrder = order(month, metric);
      List<Place> places = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        String name = order.get(i);
        Double value = metric.apply(now.get(name));
        double[] parts = value == null || !PARTS.containsKey(key) ? null : PARTS.get(key).apply(now.get(name));
        places.add(new Place(i + 1, name, labels.get(name), value, previousOrder.indexOf(name) + 1,
            metric.apply(before.get(name)), parts == null ? null : parts[0], parts == null ? null : parts[1],
            weekOrder.indexOf(name) + 1, metric.apply(week.get(name)), monthOrder.indexOf(name) + 1,
            metric.apply(month.get(name))));
      }
      ranked.put(key, places);
    });
    return ranked;
  }

  private static List<String> order(Map<String, Figures> figures, Function<Figures, Double> metric) {
    return figures.keySet().stream()
        .sorted(Comparator.comparing((String t) -> metric.apply(figures.get(t)),
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Comparator.naturalOrder()))
        .toList();
  }
}
