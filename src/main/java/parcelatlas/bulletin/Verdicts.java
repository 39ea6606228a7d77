package parcelatlas.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parcelatlas.figures.FigureLabels;
import parcelatlas.figures.Rankings;

/**
 * Praise and criticism (表扬 / 批评) from the figures, by one rule:
 * <ul>
 *   <li>on each ranked figure where at least two townships (or parks) have a value, the first is
 *       praised and the last with a value is criticised, unless the two values are equal (nobody
 *       stands out, nobody is named);
 *   <li>every overdue demolition zone is criticised with its township and responsible leader.
 * </ul>
 * A place with nothing to measure (or withheld) is neither praised nor criticised.
 */
public record Verdicts(List<String> praise, List<String> criticism) {

  /** The verdicts on the month's rankings and overdue zones. */
  public static Verdicts of(Map<String, List<Rankings.Place>> townships, Map<String, List<Rankings.Place>> parks,
      List<Bulletin.OverdueZone> overdue) {
    List<String> praise = new ArrayList<>();
    List<String> criticism = new ArrayList<>();
    judge("镇街", townships, praise, criticism);
    judge("园区", parks, praise, criticism);
    for (Bulletin.OverdueZone z : overdue) {
      criticism.add("征收片区" + z.name() + "（" + z.township() + "，包保领导" + orDash(z.leader()) + "）已逾期 "
          + z.monthsLate() + " 个月未完成征收。");
    }
    return new Verdicts(List.copyOf(praise), List.copyOf(criticism));
  }

  private static void judge(String kind, Map<String, List<Rankings.Place>> rankings, List<String> praise,
      List<String> criticism) {
    rankings.forEach((figure, places) -> {
      List<Rankings.Place> measured = places.stream().filter(p -> p.value() != null).toList();
      if (measured.size() < 2) {
        return;
      }
      Rankings.Place first = measured.get(0);
      Rankings.Place last = measured.get(measured.size() - 1);
      if (first.value().equals(last.value())) {
        return;
      }
      praise.add(kind + first.label() + "“" + name(figure) + "”居第一（" + value(figure, first.value()) + "）。");
      criticism.add(kind + last.label() + "“" + name(figure) + "”居末位（" + value(figure, last.value()) + "）。");
    });
  }

  /** A figure's Chinese name without its unit: 开工率（%） → 开工率. */
  public static String name(String figure) {
    return FigureLabels.zh(figure).replaceFirst("（[^）]*）$", "");
  }

  /** A figure's value with its unit: 85.0%, 120.5 万元/亩; "—" when there is nothing to measure. */
  public static String value(String figure, Double value) {
    if (value == null) {
      return "—";
    }
    String number = String.format(Locale.ROOT, "%.1f", value);
    return figure.endsWith("_pct") ? number + "%" : number + " 万元/亩";
  }

  static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
