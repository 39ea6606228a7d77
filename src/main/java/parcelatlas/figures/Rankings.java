package parcelatlas.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 龙虎榜: townships ranked on each figure, best first (a township with nothing to measure last),
 * on a day and on the day a period earlier, so each place shows how it moved.
 */
public final class Rankings {
  /** The ranked figures: higher is better for each. */
  public static final Map<String, Function<Figures, Double>> METRICS = metrics();

  /** One township's place on one figure. */
  public record Place(int rank, String township, Double value, Integer previousRank, Double previousValue) {}

  private Rankings() {}

  private static Map<String, Function<Figures, Double>> metrics() {
    Map<String, Function<Figures, Double>> m = new LinkedHashMap<>();
    m.put("start_rate_pct", Figures::startRatePct);
    m.put("investment_rate_pct", Figures::investmentRatePct);
    m.put("production_rate_pct", Figures::productionRatePct);
    m.put("signed_pct", Figures::signedPct);
    m.put("demolished_pct", Figures::demolishedPct);
    m.put("cleared_pct", Figures::clearedPct);
    return java.util.Collections.unmodifiableMap(m);
  }

  public static Map<String, List<Place>> of(FigureService service, LocalDate day, int periodDays) {
    Map<String, Figures> now = new LinkedHashMap<>();
    Map<String, Figures> before = new LinkedHashMap<>();
    for (String township : service.townships()) {
      now.put(township, service.figures(new Scope(Scope.Kind.TOWNSHIP, township), day));
      before.put(township, service.figures(new Scope(Scope.Kind.TOWNSHIP, township), day.minusDays(periodDays)));
    }
    Map<String, List<Place>> ranked = new LinkedHashMap<>();
    METRICS.forEach((name, metric) -> {
      List<String> order = order(now, metric);
      List<String> previousOrder = order(before, metric);
      List<Place> places = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        String township = order.get(i);
        places.add(new Place(i + 1, township, metric.apply(now.get(township)), previousOrder.indexOf(township) + 1,
            metric.apply(before.get(township))));
      }
      ranked.put(name, places);
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
