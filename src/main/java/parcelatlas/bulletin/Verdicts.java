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
public record Verdicts(List<Verdict> praise, List<Verdict> criticism) {

  /**
   * One line of praise or criticism, with what it names, so a page can word it in any language;
   * {@code text} is the Chinese line of the bulletin (and its PDF).
   *
   * @param subject {@code township}, {@code park} or {@code zone}
   * @param name the township's, park's or zone's name
   * @param figure the ranked figure's code (null for a zone)
   * @param value the figure's value (null for a zone)
   * @param township a zone's township (null otherwise)
   * @param leader a zone's responsible leader (null when none or not a zone)
   * @param monthsLate a zone's months past its deadline (null otherwise)
   */
  public record Verdict(String subject, String name, String figure, Double value, String township, String leader,
      Long monthsLate, String text) {}

  /** The verdicts on the month's rankings and overdue zones. */
  public static Verdicts of(Map<String, List<Rankings.Place>> townships, Map<String, List<Rankings.Place>> parks,
      List<Bulletin.OverdueZone> overdue) {
    List<Verdict> praise = new ArrayList<>();
    List<Verdict> criticism = new ArrayList<>();
    judge("township", townships, praise, criticism);
    judge("park", parks, praise, criticism);
    for (Bulletin.OverdueZone z : overdue) {
      criticism.add(new Verdict("zone", z.name(), null, null, z.township(), z.leader(), z.monthsLate(),
          "征收片区" + z.name() + "（" + z.township() + "，包保领导" + orDash(z.leader()) + "）已逾期 "
          + z.monthsLate() + " 个月未完成征收。"));
    }
    return new Verdicts(List.copyOf(praise), List.copyOf(criticism));
  }

  /** The Chinese lines of praise. */
  public List<String> praiseLines() {
    return praise.stream().map(Verdict::text).toList();
  }

  /** The Chinese lines of criticism. */
  public List<String> criticismLines() {
    return criticism.stream().map(Verdict::text).toList();
  }

  private static void judge(String subject, Map<String, List<Rankings.Place>> rankings, List<Verdict> praise,
      List<Verdict> criticism) {
    String kind = subject.equals("township") ? "镇街" : "园区";
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
      praise.add(new Verdict(subject, first.label(), figure, first.value(), null, null, null,
          kind + first.label() + "“" + name(figure) + "”居第一（" + value(figure, first.value()) + "）。"));
      criticism.add(new Verdict(subject, last.label(), figure, last.value(), null, null, null,
          kind + last.label() + "“" + name(figure) + "”居末位（" + value(figure, last.value()) + "）。"));
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
