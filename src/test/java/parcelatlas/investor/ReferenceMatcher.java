package parcelatlas.investor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parcelatlas.domain.Servicing;
import parcelatlas.features.Feature;

/**
 * For tests only: the Java matcher the portal had before matching was scored in the database,
 * kept as an independent reference (its own weights written out) that {@link MatchSql}'s rule and
 * {@link SiteMatcher}'s words must agree with. Ranks parcels against stated needs. Each need the investor states is a criterion worth points:
 * area range 30 (15 when the area is outside the range by at most 20% of the nearer bound), land
 * use 20, height 10, servicing 20 shared equally among the services asked for, total price within
 * budget 10, industry keyword 10. Score = 100 × points earned ÷ points at stake, rounded; with no
 * needs stated every parcel scores 100. Ties go to the area nearer the middle of the range, then
 * to the code. The database computes the same score, so that only the best
 * parcels leave it.
 */
final class ReferenceMatcher {
  static final double AREA = 30;
  static final double LAND_USE = 20;
  static final double HEIGHT = 10;
  static final double SERVICING = 20;
  static final double BUDGET = 10;
  static final double INDUSTRY = 10;
  static final double PARK_INDUSTRY = 10;
  private static final Map<String, String[]> SERVICE_NAMES = Map.of(
      "road", new String[] {"通路", "road access"}, "water", new String[] {"给水", "water supply"},
      "power", new String[] {"供电", "power"}, "drainage", new String[] {"排水", "drainage"},
      "gas", new String[] {"燃气", "gas"}, "telecom", new String[] {"通信", "telecoms"},
      "heating", new String[] {"供热", "heating"}, "levelled", new String[] {"场地平整", "a levelled site"});

  private ReferenceMatcher() {}

  static List<Match> rank(List<Feature> candidates, MatchRequest need) {
    return rank(candidates, need, Map.of());
  }

  /** As above, with each park's leading industries (park code → text) for the park criterion. */
  static List<Match> rank(List<Feature> candidates, MatchRequest need, Map<String, String> parkIndustries) {
    List<Match> matches = new ArrayList<>();
    for (Feature f : candidates) {
      matches.add(score(f, need, parkIndustries));
    }
    matches.sort(Comparator.comparingInt(Match::score).reversed()
        .thenComparingDouble(m -> distanceFromMiddle(m.feature(), need))
        .thenComparing(Match::code));
    return matches.subList(0, Math.min(need.limit(), matches.size()));
  }

  /** The points at stake for these needs, added in the order {@link #score} adds them. */
  static double stake(MatchRequest need) {
    double stake = 0;
    if (need.minMu() != null || need.maxMu() != null) {
      stake += AREA;
    }
    if (!need.landUses().isEmpty()) {
      stake += LAND_USE;
    }
    if (need.minHeightM() != null) {
      stake += HEIGHT;
    }
    for (int i = 0; i < need.needs().size(); i++) {
      stake += SERVICING / need.needs().size();
    }
    if (need.maxTotalPriceWan() != null) {
      stake += BUDGET;
    }
    if (need.industry() != null && !categories(need).isEmpty()) {
      stake += PARK_INDUSTRY;
    }
    return need.industry() == null ? stake : stake + INDUSTRY;
  }

  /** The categories the need's industry words name: a code, or the catalogue's terms they contain. */
  private static List<String> categories(MatchRequest need) {
    parcelatlas.industry.IndustryCatalogue catalogue = parcelatlas.industry.IndustryCatalogue.get();
    return catalogue.codes().contains(need.industry()) ? List.of(need.industry()) : catalogue.codesOf(need.industry());
  }

  private static boolean anyOf(List<String> wanted, String text) {
    return parcelatlas.industry.IndustryCatalogue.get().codesOf(text).stream().anyMatch(wanted::contains);
  }

  static Match score(Feature feature, MatchRequest need) {
    return score(feature, need, Map.of());
  }

  static Match score(Feature feature, MatchRequest need, Map<String, String> parkIndustries) {
    Map<String, Object> p = feature.properties();
    Tally t = new Tally();
    double mu = number(p, "area_mu");
    if (need.minMu() != null || need.maxMu() != null) {
      area(t, mu, need);
    }
    if (!need.landUses().isEmpty()) {
      String use = (String) p.get("land_use");
      t.judge("land_use", LAND_USE, need.landUses().contains(use),
          "用地性质 " + use, "land use " + use,
          "用地性质 " + use + "，不在所需 " + String.join("/", need.landUses()) + " 之内",
          "land use " + use + " is not " + String.join("/", need.landUses()));
    }
    if (need.minHeightM() != null) {
      Object h = p.get("height_limit_m");
      boolean ok = h instanceof Number n && n.doubleValue() >= need.minHeightM();
      String height = h == null ? "未定" : fmt(((Number) h).doubleValue()) + " 米";
      t.judge("height", HEIGHT, ok, "限高 " + height + "，满足 " + fmt(need.minHeightM()) + " 米",
          "height limit " + height.replace(" 米", " m") + " allows " + fmt(need.minHeightM()) + " m",
          "限高 " + height + "，低于所需 " + fmt(need.minHeightM()) + " 米",
          "height limit " + height.replace(" 米", " m").replace("未定", "unknown") + " is below " + fmt(need.minHeightM()) + " m");
    }
    for (String service : need.needs()) {
      String[] name = SERVICE_NAMES.get(service);
      t.judge(service, SERVICING / need.needs().size(), Servicing.on(p, Servicing.COLUMNS.get(service)),
          "已" + name[0], "has " + name[1], "未" + name[0], "no " + name[1]);
    }
    if (need.maxTotalPriceWan() != null) {
      budget(t, p, need.maxTotalPriceWan());
    }
    if (need.industry() != null) {
      String industry = p.get("industry") == null ? "" : p.get("industry").toString();
      List<String> wanted = categories(need);
      boolean ok = industry.toLowerCase(Locale.ROOT).contains(need.industry().toLowerCase(Locale.ROOT))
          || anyOf(wanted, industry);
      t.judge("industry", INDUSTRY, ok, "产业导向符合“" + need.industry() + "”", "industry orientation fits " + need.industry(),
          "产业导向为“" + industry + "”", "industry orientation is " + industry);
      if (!wanted.isEmpty()) {
        boolean parkOk = anyOf(wanted, parkIndustries.get((String) p.get("park_code")));
        t.judge("park_industry", PARK_INDUSTRY, parkOk, "所在园区主导产业含“" + need.industry() + "”",
            "the park's leading industries include " + need.industry(),
            "所在园区主导产业不含“" + need.industry() + "”", "the park's leading industries do not include " + need.industry());
      }
    }
    int score = t.stake == 0 ? 100 : (int) Math.round(100 * t.earned / t.stake);
    return new Match(feature, score, t.fits, t.misses);
  }

  private static void area(Tally t, double mu, MatchRequest need) {
    double min = need.minMu() == null ? 0 : need.minMu();
    double max = need.maxMu() == null ? Double.MAX_VALUE : need.maxMu();
    String range = need.maxMu() == null ? "≥ " + fmt(min) : fmt(min) + "–" + fmt(max);
    if (mu >= min && mu <= max) {
      t.earn("area", AREA, "面积 " + fmt(mu) + " 亩，在 " + range + " 亩之间", "area " + fmt(mu) + " mu is within " + range + " mu");
      return;
    }
    double gap = mu < min ? min - mu : mu - max;
    double bound = mu < min ? min : max;
    boolean near = gap <= 0.2 * bound;
    String zh = "面积 " + fmt(mu) + " 亩，" + (mu < min ? "比需求下限少 " : "比需求上限多 ") + fmt(gap) + " 亩";
    String en = "area " + fmt(mu) + " mu is " + fmt(gap) + " mu " + (mu < min ? "below" : "above") + " the range " + range;
    t.miss("area", AREA, near ? AREA / 2 : 0, zh, en);
  }

  private static void budget(Tally t, Map<String, Object> p, double budget) {
    Object total = p.get("total_price_wan");
    if (!(total instanceof Number n)) {
      t.miss("budget", BUDGET, 0, "未标参考价", "no reference price");
      return;
    }
    double price = n.doubleValue();
    if (price <= budget) {
      t.earn("budget", BUDGET, "参考总价 " + fmt(price) + " 万元，在预算之内", "reference total " + fmt(price) + " (CNY 10k) is within budget");
    } else {
      t.miss("budget", BUDGET, 0, "参考总价 " + fmt(price) + " 万元，超出预算 " + fmt(price - budget) + " 万元",
          "reference total " + fmt(price) + " (CNY 10k) exceeds the budget by " + fmt(price - budget));
    }
  }

  private static double distanceFromMiddle(Feature f, MatchRequest need) {
    if (need.minMu() == null && need.maxMu() == null) {
      return 0;
    }
    double min = need.minMu() == null ? 0 : need.minMu();
    double max = need.maxMu() == null ? min : need.maxMu();
    return Math.abs(number(f.properties(), "area_mu") - (min + max) / 2);
  }

  private static double number(Map<String, Object> p, String key) {
    return p.get(key) instanceof Number n ? n.doubleValue() : 0;
  }

  static String fmt(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }

  /** Points at stake and earned, and the reasons, while one parcel is judged. */
  private static final class Tally {
    double stake;
    double earned;
    final List<Reason> fits = new ArrayList<>();
    final List<Reason> misses = new ArrayList<>();

    void judge(String criterion, double points, boolean ok, String fitZh, String fitEn, String missZh, String missEn) {
      if (ok) {
        earn(criterion, points, fitZh, fitEn);
      } else {
        miss(criterion, points, 0, missZh, missEn);
      }
    }

    void earn(String criterion, double points, String zh, String en) {
      stake += points;
      earned += points;
      fits.add(new Reason(criterion, zh, en));
    }

    void miss(String criterion, double points, double partial, String zh, String en) {
      stake += points;
      earned += partial;
      misses.add(new Reason(criterion, zh, en));
    }
  }
}
