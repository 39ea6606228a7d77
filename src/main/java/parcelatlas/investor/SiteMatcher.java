package parcelatlas.investor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.FeatureRow;

/**
 * Puts a match into words: for each criterion of {@link MatchCriteria}, a reason it fits (when the
 * database found it earned all its points) or misses (otherwise), in Chinese and English, from
 * the parcel's properties. It decides nothing: the score, the points and the order are
 * {@link MatchSql}'s, the one rule; this class reads them from the row.
 */
public final class SiteMatcher {
  private static final Map<String, String[]> SERVICE_NAMES = Map.of(
      "road", new String[] {"通路", "road access"}, "water", new String[] {"给水", "water supply"},
      "power", new String[] {"供电", "power"}, "drainage", new String[] {"排水", "drainage"},
      "gas", new String[] {"燃气", "gas"}, "telecom", new String[] {"通信", "telecoms"},
      "heating", new String[] {"供热", "heating"}, "levelled", new String[] {"场地平整", "a levelled site"});

  private SiteMatcher() {}

  /** The matches of rows ranked by {@link MatchSql}, in their order, with the reasons. */
  public static List<Match> explain(List<FeatureRow> ranked, MatchRequest need) {
    List<Match> matches = new ArrayList<>();
    for (FeatureRow row : ranked) {
      matches.add(explain(row, need));
    }
    return matches;
  }

  static Match explain(FeatureRow row, MatchRequest need) {
    Map<String, Object> p = row.feature().properties();
    Tally t = new Tally();
    for (Map.Entry<String, Double> criterion : MatchCriteria.of(need).entrySet()) {
      String name = criterion.getKey();
      boolean ok = row.number(MatchCriteria.column(name)) >= criterion.getValue() - 1e-9;
      if (name.startsWith(MatchCriteria.NEAR_PREFIX)) {
        near(t, ok, row.number(MatchCriteria.column(name)), MatchSql.kind(name), need.nearKm().get(MatchSql.kind(name)));
        continue;
      }
      switch (name) {
        case "area" -> area(t, ok, number(p, "area_mu"), need);
        case "land_use" -> {
          String use = (String) p.get("land_use");
          t.judge(name, ok, "用地性质 " + use, "land use " + use,
              "用地性质 " + use + "，不在所需 " + String.join("/", need.landUses()) + " 之内",
              "land use " + use + " is not " + String.join("/", need.landUses()));
        }
        case "height" -> {
          Object h = p.get("height_limit_m");
          String height = h == null ? "未定" : fmt(((Number) h).doubleValue()) + " 米";
          t.judge(name, ok, "限高 " + height + "，满足 " + fmt(need.minHeightM()) + " 米",
              "height limit " + height.replace(" 米", " m") + " allows " + fmt(need.minHeightM()) + " m",
              "限高 " + height + "，低于所需 " + fmt(need.minHeightM()) + " 米",
              "height limit " + height.replace(" 米", " m").replace("未定", "unknown") + " is below " + fmt(need.minHeightM()) + " m");
        }
        case "budget" -> budget(t, ok, p, need.maxTotalPriceWan());
        case "industry" -> {
          String industry = p.get("industry") == null ? "" : p.get("industry").toString();
          t.judge(name, ok, "产业导向符合“" + need.industry() + "”", "industry orientation fits " + need.industry(),
              "产业导向为“" + industry + "”", "industry orientation is " + industry);
        }
        case "park_industry" -> t.judge(name, ok, "所在园区主导产业含“" + need.industry() + "”",
            "the park's leading industries include " + need.industry(),
            "所在园区主导产业不含“" + need.industry() + "”", "the park's leading industries do not include " + need.industry());
        default -> {
          String[] service = SERVICE_NAMES.get(name);
          t.judge(name, ok, "已" + service[0], "has " + service[1], "未" + service[0], "no " + service[1]);
        }
      }
    }
    return new Match(row.feature(), (int) row.number(MatchSql.SCORE), t.fits, t.misses);
  }

  private static void area(Tally t, boolean ok, double mu, MatchRequest need) {
    double min = need.minMu() == null ? 0 : need.minMu();
    double max = need.maxMu() == null ? Double.MAX_VALUE : need.maxMu();
    String range = need.maxMu() == null ? "≥ " + fmt(min) : fmt(min) + "–" + fmt(max);
    if (ok) {
      t.judge("area", true, "面积 " + fmt(mu) + " 亩，在 " + range + " 亩之间", "area " + fmt(mu) + " mu is within " + range + " mu",
          null, null);
      return;
    }
    double gap = mu < min ? min - mu : mu - max;
    t.judge("area", false, null, null,
        "面积 " + fmt(mu) + " 亩，" + (mu < min ? "比需求下限少 " : "比需求上限多 ") + fmt(gap) + " 亩",
        "area " + fmt(mu) + " mu is " + fmt(gap) + " mu " + (mu < min ? "below" : "above") + " the range " + range);
  }

  /** Full points: within the km asked; half: within twice that; none: farther. */
  private static void near(Tally t, boolean ok, double points, ContextKind kind, double km) {
    String name = MatchCriteria.NEAR_PREFIX + kind.code();
    String en = kind.en().toLowerCase(Locale.ROOT);
    if (ok) {
      t.judge(name, true, fmt(km) + " 公里内有" + kind.zh(), "a " + en + " within " + fmt(km) + " km", null, null);
    } else if (points > 0) {
      t.judge(name, false, null, null, "最近的" + kind.zh() + "在 " + fmt(km) + "–" + fmt(2 * km) + " 公里之间",
          "the nearest " + en + " is " + fmt(km) + "–" + fmt(2 * km) + " km away");
    } else {
      t.judge(name, false, null, null, fmt(2 * km) + " 公里内没有" + kind.zh(), "no " + en + " within " + fmt(2 * km) + " km");
    }
  }

  private static void budget(Tally t, boolean ok, Map<String, Object> p, double budget) {
    Object total = p.get("total_price_wan");
    if (!(total instanceof Number n)) {
      t.judge("budget", false, null, null, "未标参考价", "no reference price");
      return;
    }
    double price = n.doubleValue();
    t.judge("budget", ok, "参考总价 " + fmt(price) + " 万元，在预算之内", "reference total " + fmt(price) + " (CNY 10k) is within budget",
        "参考总价 " + fmt(price) + " 万元，超出预算 " + fmt(price - budget) + " 万元",
        "reference total " + fmt(price) + " (CNY 10k) exceeds the budget by " + fmt(price - budget));
  }

  private static double number(Map<String, Object> p, String key) {
    return p.get(key) instanceof Number n ? n.doubleValue() : 0;
  }

  /**
   * A number as the reasons show it: whole numbers without decimals, others to one decimal (half
   * up), thousands grouped with commas — what {@code String.format(Locale.ROOT, "%,.0f" / "%,.1f")}
   * writes, without building a formatter per number (that was a third of a match request's CPU).
   */
  static String fmt(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.format(Locale.ROOT, "%,.1f", value);
    }
    boolean whole = value == Math.rint(value);
    boolean negative = Double.doubleToRawLongBits(value) < 0; // -0.0 and -0.04 keep their sign, as in "%f"
    String plain = (negative ? "-" : "") + java.math.BigDecimal.valueOf(Math.abs(value))
        .setScale(whole ? 0 : 1, java.math.RoundingMode.HALF_UP).toPlainString();
    int sign = negative ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
    for (int i = sign; i < end; i++) {
      out.append(plain.charAt(i));
      if ((end - i - 1) % 3 == 0 && i < end - 1) {
        out.append(',');
      }
    }
    return out.append(plain, end, plain.length()).toString();
  }

  /** The reasons, while one parcel is explained. */
  private static final class Tally {
    final List<Reason> fits = new ArrayList<>();
    final List<Reason> misses = new ArrayList<>();

    void judge(String criterion, boolean ok, String fitZh, String fitEn, String missZh, String missEn) {
      if (ok) {
        fits.add(new Reason(criterion, fitZh, fitEn));
      } else {
        misses.add(new Reason(criterion, missZh, missEn));
      }
    }
  }
}
