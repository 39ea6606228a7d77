package parcelatlas.investor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.Area;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/**
 * Site matching in the database: the score of {@link SiteMatcher} computed in SQL for every
 * land-ready parcel (of the park, when one is named), and only the best {@code limit} parcels
 * returned, so the portal reads at most that many rows whatever the table holds.
 *
 * <p>The SQL repeats {@link SiteMatcher}'s arithmetic step for step in double precision: the same
 * rounding of 亩 and of the total price as the features carry, the points added in the same order,
 * the same rounding of the score, the same tie-breaks (distance from the middle of the area range,
 * then the code). So the parcels it returns are the ones {@link SiteMatcher#rank} would pick from
 * all of them; {@link SiteMatcher} then scores those few again in Java for the reasons. Every
 * value is bound; column names come from {@link Servicing#COLUMNS}.
 */
final class MatchSql {
  private static final String DOUBLE = "CAST(? AS DOUBLE PRECISION)";

  private MatchSql() {}

  /** SQL text and its parameters in order. */
  record Statement(String sql, List<Object> params) {}

  /**
   * {@code FROM parcels t WHERE …}: the rows a match may consider, by the features path's own
   * public-rows condition ({@link FeatureConditions}) and the investor search's park filter.
   */
  private static void candidates(MatchRequest need, Sql sql) {
    FeatureQuery rows = FeatureQuery.of(ParcelQuery.PARCELS, true);
    if (need.park() != null) {
      rows = rows.where(ParcelQuery.park(need.park()));
    }
    FeatureConditions.Clause where = FeatureConditions.where(rows);
    sql.text(" FROM parcels t" + where.sql());
    sql.params.addAll(where.params());
  }

  /** The best {@code need.limit()} land-ready parcels as features, in no particular order. */
  static Statement best(MatchRequest need) {
    List<Object> params = new ArrayList<>();
    Sql inner = new Sql(params).text("SELECT t.id, ");
    score(need, inner);
    inner.text(" AS match_score, ");
    distance(need, inner);
    inner.text(" AS match_distance");
    candidates(need, inner);
    inner.text(" ORDER BY match_score DESC, match_distance, t.code LIMIT ?");
    params.add(need.limit());
    return features(inner, params);
  }

  /**
   * The best {@code need.limit()} of the parcels that meet every stated need, as features: those
   * score 100 and every other parcel less (the smallest criterion is 2.5 of at most 100 points),
   * so when there are that many they are the best of all, found through the indexes on the
   * needs (an area range is widened by 0.01 亩 for the index and checked exactly on the rows).
   */
  static Statement perfect(MatchRequest need) {
    List<Object> params = new ArrayList<>();
    Sql inner = new Sql(params).text("SELECT t.id, ");
    distance(need, inner);
    inner.text(" AS match_distance");
    candidates(need, inner);
    if (need.minMu() != null) {
      inner.text(" AND t.area_m2 >= ").value((need.minMu() - 0.01) * Area.SQUARE_METRES_PER_MU)
          .text(" AND ").mu().text(" >= ").value(need.minMu());
    }
    if (need.maxMu() != null) {
      inner.text(" AND t.area_m2 <= ").value((need.maxMu() + 0.01) * Area.SQUARE_METRES_PER_MU)
          .text(" AND ").mu().text(" <= ").value(need.maxMu());
    }
    for (String criterion : criteria(need).keySet()) {
      condition(criterion, need, inner.text(" AND "));
    }
    inner.text(" ORDER BY match_distance, t.code LIMIT ?");
    params.add(need.limit());
    return features(inner, params);
  }

  private static Statement features(Sql inner, List<Object> params) {
    ServedCollection parcels = ServedCollection.PARCELS;
    return new Statement(parcels.select() + parcels.from()
        + " WHERE t.id IN (SELECT m.id FROM (" + inner + ") m)", params);
  }

  /** 0–100 as {@link SiteMatcher#score}: 100 × points earned ÷ points at stake, rounded half up. */
  private static void score(MatchRequest need, Sql sql) {
    double stake = SiteMatcher.stake(need);
    if (stake == 0) {
      sql.value(100);
      return;
    }
    sql.text("FLOOR(").value(100).text(" * (").value(0);
    if (need.minMu() != null || need.maxMu() != null) {
      area(need, sql.text(" + "));
    }
    for (Map.Entry<String, Double> criterion : criteria(need).entrySet()) {
      condition(criterion.getKey(), need, sql.text(" + CASE WHEN "));
      points(sql, criterion.getValue());
    }
    sql.text(") / ").value(stake).text(" + ").value(0.5).text(")");
  }

  /** The stated needs other than the area, in the order {@link SiteMatcher#score} judges them, with their points. */
  private static Map<String, Double> criteria(MatchRequest need) {
    Map<String, Double> criteria = new LinkedHashMap<>();
    if (!need.landUses().isEmpty()) {
      criteria.put("land_use", SiteMatcher.LAND_USE);
    }
    if (need.minHeightM() != null) {
      criteria.put("height", SiteMatcher.HEIGHT);
    }
    for (String service : need.needs()) {
      criteria.put(service, SiteMatcher.SERVICING / need.needs().size());
    }
    if (need.maxTotalPriceWan() != null) {
      criteria.put("budget", SiteMatcher.BUDGET);
    }
    if (need.industry() != null) {
      criteria.put("industry", SiteMatcher.INDUSTRY);
    }
    return criteria;
  }

  /** Writes the condition under which a parcel earns a criterion's points. */
  private static void condition(String criterion, MatchRequest need, Sql sql) {
    switch (criterion) {
      case "land_use" -> {
        sql.text("t.land_use IN (" + String.join(", ", java.util.Collections.nCopies(need.landUses().size(), "?")) + ")");
        sql.params.addAll(need.landUses());
      }
      case "height" -> sql.text("t.height_limit_m >= ").value(need.minHeightM());
      // the total price as the features carry it: Math.round(price × 亩 × 10) / 10
      case "budget" -> sql.text("FLOOR(t.price_wan_per_mu * ").mu().text(" * ").value(10).text(" + ").value(0.5)
          .text(") / ").value(10).text(" <= ").value(need.maxTotalPriceWan());
      case "industry" -> {
        RowFilter industry = ParcelQuery.industry(need.industry());
        sql.text(industry.sql());
        sql.params.addAll(industry.params());
      }
      default -> sql.text("t." + Servicing.COLUMNS.get(criterion) + " = TRUE");
    }
  }

  /** Ends a {@code CASE WHEN condition}: {@code points} when it holds, else none. */
  private static void points(Sql sql, double points) {
    sql.text(" THEN ").value(points).text(" ELSE ").value(0).text(" END");
  }

  /**
   * Full points within the range; outside it, half when the gap is at most 20% of the nearer bound
   * (below the minimum: the minimum; otherwise the maximum), else none.
   */
  private static void area(MatchRequest need, Sql sql) {
    double min = need.minMu() == null ? 0 : need.minMu();
    sql.text("CASE WHEN ").mu().text(" >= ").value(min);
    if (need.maxMu() != null) {
      sql.text(" AND ").mu().text(" <= ").value(need.maxMu());
    }
    sql.text(" THEN ").value(SiteMatcher.AREA)
        .text(" WHEN ").mu().text(" < ").value(min)
        .text(" THEN CASE WHEN ").value(min).text(" - ").mu().text(" <= ").value(0.2 * min)
        .text(" THEN ").value(SiteMatcher.AREA / 2).text(" ELSE ").value(0).text(" END");
    if (need.maxMu() != null) {
      sql.text(" WHEN ").mu().text(" - ").value(need.maxMu()).text(" <= ").value(0.2 * need.maxMu())
          .text(" THEN ").value(SiteMatcher.AREA / 2);
    }
    sql.text(" ELSE ").value(0).text(" END");
  }

  /** The tie-break of {@link SiteMatcher#rank}: 亩 away from the middle of the range asked for. */
  private static void distance(MatchRequest need, Sql sql) {
    if (need.minMu() == null && need.maxMu() == null) {
      sql.value(0);
      return;
    }
    double min = need.minMu() == null ? 0 : need.minMu();
    double max = need.maxMu() == null ? min : need.maxMu();
    sql.text("ABS(").mu().text(" - ").value((min + max) / 2).text(")");
  }

  /** SQL text with its values: each {@link #value} writes a placeholder and binds the value in order. */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params;

    Sql(List<Object> params) {
      this.params = params;
    }

    Sql text(String sql) {
      text.append(sql);
      return this;
    }

    Sql value(double value) {
      params.add(value);
      return text(DOUBLE);
    }

    /** As {@code Derived}: {@code Math.round(area_m2 / SQUARE_METRES_PER_MU * 100) / 100}. */
    Sql mu() {
      return text("(FLOOR(t.area_m2 / ").value(Area.SQUARE_METRES_PER_MU).text(" * ").value(100)
          .text(" + ").value(0.5).text(") / ").value(100).text(")");
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
