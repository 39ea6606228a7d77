package parcelatlas.investor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parcelatlas.context.ContextSql;
import parcelatlas.domain.Area;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.industry.IndustryCatalogue;

/**
 * Site matching's rule, in the database: for every land-ready parcel (of the park, when one is
 * named) the points each criterion of {@link MatchCriteria} earns ({@code pts_<criterion>}), the
 * score 0–100 (100 × points earned ÷ points at stake, rounded half up; 100 with no needs) and the
 * tie-break (亩 away from the middle of the area range asked for, then the code); only the best
 * {@code limit} parcels leave the database, best first, so the portal reads at most that many
 * rows whatever the table holds. Java does not score again: {@link SiteMatcher} words the points
 * found here. 亩 and the total price are rounded as the features carry them. Every value is bound;
 * column names come from {@link Servicing#COLUMNS} and {@link MatchCriteria}.
 */
final class MatchSql {
  /** The columns each ranked parcel carries beside its properties. */
  static final String SCORE = "match_score";
  private static final String DISTANCE = "match_distance";
  private static final String DOUBLE = "CAST(? AS DOUBLE PRECISION)";

  private MatchSql() {}

  /** SQL text and its parameters in order. */
  record Statement(String sql, List<Object> params) {}

  /** The best {@code need.limit()} land-ready parcels as features with their points, best first. */
  static Statement best(MatchRequest need) {
    return ranked(need, points(need, false));
  }

  /**
   * The best {@code need.limit()} of the parcels that meet every stated need, with their points:
   * those score 100 and every other parcel less (the smallest criterion is 2.5 of at most 100
   * points), so when there are that many they are the best of all, found through the indexes on
   * the needs (an area range is widened by 0.01 亩 for the index and checked exactly on the rows).
   * Each criterion's condition is in the WHERE clause, so every row earns its full points.
   */
  static Statement perfect(MatchRequest need) {
    Sql points = points(need, true);
    if (need.minMu() != null) {
      points.text(" AND t.area_m2 >= ").value((need.minMu() - 0.01) * Area.SQUARE_METRES_PER_MU)
          .text(" AND ").mu().text(" >= ").value(need.minMu());
    }
    if (need.maxMu() != null) {
      points.text(" AND t.area_m2 <= ").value((need.maxMu() + 0.01) * Area.SQUARE_METRES_PER_MU)
          .text(" AND ").mu().text(" <= ").value(need.maxMu());
    }
    for (String criterion : MatchCriteria.of(need).keySet()) {
      if (!criterion.equals("area")) {
        condition(criterion, need, points.text(" AND "));
      }
    }
    return ranked(need, points);
  }

  /** The columns the explanation reads: the score and each criterion's points. */
  static List<String> columns(MatchRequest need) {
    List<String> columns = new ArrayList<>(List.of(SCORE));
    MatchCriteria.of(need).keySet().forEach(c -> columns.add(MatchCriteria.column(c)));
    return columns;
  }

  /**
   * {@code SELECT t.id, t.code, <points per criterion>, <distance> FROM parcels t WHERE <candidates>};
   * with {@code full}, each criterion's full points (for rows the caller restricts to those meeting it).
   */
  private static Sql points(MatchRequest need, boolean full) {
    Sql sql = new Sql(new ArrayList<>()).text("SELECT t.id, t.code");
    for (Map.Entry<String, Double> criterion : MatchCriteria.of(need).entrySet()) {
      sql.text(", ");
      if (full) {
        sql.value(criterion.getValue());
      } else if (criterion.getKey().equals("area")) {
        area(need, sql);
      } else if (criterion.getKey().startsWith(MatchCriteria.NEAR_PREFIX)) {
        near(criterion.getKey(), need, sql);
      } else {
        condition(criterion.getKey(), need, sql.text("CASE WHEN "));
        sql.text(" THEN ").value(criterion.getValue()).text(" ELSE ").value(0).text(" END");
      }
      sql.text(" AS " + MatchCriteria.column(criterion.getKey()));
    }
    sql.text(", ");
    distance(need, sql);
    sql.text(" AS " + DISTANCE);
    FeatureQuery rows = FeatureQuery.of(ParcelQuery.PARCELS, true);
    if (need.park() != null) {
      rows = rows.where(ParcelQuery.park(need.park()));
    }
    FeatureConditions.Clause where = FeatureConditions.where(rows);
    sql.text(" FROM parcels t");
    for (Map.Entry<ContextKind, Double> near : need.nearKm().entrySet()) {
      sql.filter(ContextSql.nearestJoin(near.getKey(), 2000 * near.getValue(), alias(near.getKey())));
    }
    sql.text(where.sql());
    sql.params.addAll(where.params());
    return sql;
  }

  /** The features of the best {@code limit} rows of {@code points}, scored, best first. */
  private static Statement ranked(MatchRequest need, Sql points) {
    List<Object> params = new ArrayList<>();
    Sql scored = new Sql(params).text("SELECT s.*, ");
    score(need, scored);
    params.addAll(points.params);
    scored.text(" AS " + SCORE + " FROM (" + points + ") s ORDER BY " + SCORE + " DESC, " + DISTANCE + ", s.code LIMIT ?");
    params.add(need.limit());
    ServedCollection parcels = ParcelQuery.PARCELS;
    StringBuilder select = new StringBuilder(parcels.select());
    columns(need).forEach(c -> select.append(", m.").append(c));
    return new Statement(select + parcels.from() + " JOIN (" + scored + ") m ON m.id = t.id ORDER BY m." + SCORE
        + " DESC, m." + DISTANCE + ", t.code", params);
  }

  /** 0–100: 100 × the points earned (added in the criteria's order) ÷ the points at stake, rounded half up. */
  private static void score(MatchRequest need, Sql sql) {
    double stake = MatchCriteria.stake(need);
    if (stake == 0) {
      sql.value(100);
      return;
    }
    sql.text("FLOOR(").value(100).text(" * (").value(0);
    for (String criterion : MatchCriteria.of(need).keySet()) {
      sql.text(" + s." + MatchCriteria.column(criterion));
    }
    sql.text(") / ").value(stake).text(" + ").value(0.5).text(")");
  }

  /** Writes the condition under which a parcel earns a criterion's points (all but the area). */
  private static void condition(String criterion, MatchRequest need, Sql sql) {
    if (criterion.startsWith(MatchCriteria.NEAR_PREFIX)) {
      sql.text(alias(kind(criterion)) + "." + ContextSql.METRES + " <= ").value(need.nearKm().get(kind(criterion)) * 1000);
      return;
    }
    switch (criterion) {
      case "land_use" -> sql.filter(ParcelQuery.landUses(need.landUses()));
      case "height" -> sql.text("t.height_limit_m >= ").value(need.minHeightM());
      // the total price as the features carry it (the one rule: ServedCollection.TOTAL_PRICE_WAN)
      case "budget" -> sql.text(ServedCollection.TOTAL_PRICE_WAN + " <= ").value(need.maxTotalPriceWan());
      case "industry" -> sql.filter(ParcelQuery.industry(need.industry()));
      case "park_industry" -> sql.text("EXISTS (SELECT 1 FROM parks k WHERE k.code = t.park_code AND ")
          .filter(ParcelQuery.codesIn("k." + IndustryCatalogue.COLUMN, IndustryCatalogue.get().resolve(need.industry())))
          .text(")");
      default -> sql.filter(ParcelQuery.serviced(criterion));
    }
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
    sql.text(" THEN ").value(MatchCriteria.AREA)
        .text(" WHEN ").mu().text(" < ").value(min)
        .text(" THEN CASE WHEN ").value(min).text(" - ").mu().text(" <= ").value(0.2 * min)
        .text(" THEN ").value(MatchCriteria.AREA / 2).text(" ELSE ").value(0).text(" END");
    if (need.maxMu() != null) {
      sql.text(" WHEN ").mu().text(" - ").value(need.maxMu()).text(" <= ").value(0.2 * need.maxMu())
          .text(" THEN ").value(MatchCriteria.AREA / 2);
    }
    sql.text(" ELSE ").value(0).text(" END");
  }

  /**
   * Full points with a point of the kind within the km asked, half within twice that (the join
   * {@link ContextSql#nearestJoin} reaches that far), else none.
   */
  private static void near(String criterion, MatchRequest need, Sql sql) {
    ContextKind kind = kind(criterion);
    double metres = need.nearKm().get(kind) * 1000;
    String d = alias(kind) + "." + ContextSql.METRES;
    sql.text("CASE WHEN " + d + " <= ").value(metres).text(" THEN ").value(MatchCriteria.NEAR)
        .text(" WHEN " + d + " IS NOT NULL THEN ").value(MatchCriteria.NEAR / 2)
        .text(" ELSE ").value(0).text(" END");
  }

  /** The alias of a kind's nearest-distance join (the kind's code is from the allow-list). */
  private static String alias(ContextKind kind) {
    return "near_" + kind.code();
  }

  static ContextKind kind(String criterion) {
    return ContextKind.byCode(criterion.substring(MatchCriteria.NEAR_PREFIX.length()));
  }

  /** The tie-break: 亩 away from the middle of the range asked for (0 without one). */
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

    /** A row filter of the search, its values bound in place. */
    Sql filter(RowFilter filter) {
      params.addAll(filter.params());
      return text(filter.sql());
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
