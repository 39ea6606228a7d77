package parcelatlas.investor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.industry.IndustryCatalogue;

/**
 * The one table of site matching's criteria and weights: each need the investor states is a
 * criterion worth points — area range 30 (15 when the area is outside the range by at most 20%
 * of the nearer bound), land use 20, height 10, servicing 20 shared equally among the services
 * asked for, total price within budget 10, industry 10 (the orientation belongs to a category the industry words
 * name, or contains them: {@link ParcelQuery#industry}), and, when those words name categories of
 * the industry catalogue, the park's leading industries including one of them 10 ({@code
 * park_industry}), so plots of such a park rank above the rest; and 10 for each location-context kind
 * asked for ({@code near_km}: {@code near_highway_exit} …), full when a point of the kind lies within
 * the km asked, half within twice that (closer is better). {@link MatchSql} turns this table
 * into the score (the rule, computed in the database); {@link SiteMatcher} only puts into words
 * the points the database found each criterion earned.
 */
final class MatchCriteria {
  static final double AREA = 30;
  static final double LAND_USE = 20;
  static final double HEIGHT = 10;
  static final double SERVICING = 20;
  static final double BUDGET = 10;
  static final double INDUSTRY = 10;
  static final double PARK_INDUSTRY = 10;
  /** Per location-context kind asked for: full within the km asked, half within twice that. */
  static final double NEAR = 10;
  /** The criterion key of a location-context kind: {@code near_highway_exit}. */
  static final String NEAR_PREFIX = "near_";

  private MatchCriteria() {}

  /**
   * The criteria these needs state, in the order they are added up and explained, with the points
   * each is worth: {@code area}, {@code land_use}, {@code height}, each service by its name
   * ({@link Servicing#COLUMNS}), {@code budget}, {@code industry}, {@code park_industry}. Every key is also an SQL
   * column suffix, so keys are only these constants.
   */
  static Map<String, Double> of(MatchRequest need) {
    Map<String, Double> criteria = new LinkedHashMap<>();
    if (need.minMu() != null || need.maxMu() != null) {
      criteria.put("area", AREA);
    }
    if (!need.landUses().isEmpty()) {
      criteria.put("land_use", LAND_USE);
    }
    if (need.minHeightM() != null) {
      criteria.put("height", HEIGHT);
    }
    for (String service : need.needs()) {
      criteria.put(service, SERVICING / need.needs().size());
    }
    if (need.maxTotalPriceWan() != null) {
      criteria.put("budget", BUDGET);
    }
    if (need.industry() != null) {
      criteria.put("industry", INDUSTRY);
      if (!IndustryCatalogue.get().resolve(need.industry()).isEmpty()) {
        criteria.put("park_industry", PARK_INDUSTRY);
      }
    }
    need.nearKm().keySet().forEach(kind -> criteria.put(NEAR_PREFIX + kind.code(), NEAR));
    return Collections.unmodifiableMap(criteria);
  }

  /** The points at stake: the sum of the criteria's, added in order. */
  static double stake(MatchRequest need) {
    double stake = 0;
    for (double points : of(need).values()) {
      stake += points;
    }
    return stake;
  }

  /** The column holding the points a criterion earned. */
  static String column(String criterion) {
    return "pts_" + criterion;
  }
}
