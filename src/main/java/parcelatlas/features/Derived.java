package parcelatlas.features;

import java.time.LocalDate;
import java.util.Map;
import parcelatlas.domain.Area;

/**
 * Values computed from stored ones after the query: areas in 亩 and ha, a demolition zone's
 * progress in percent of its targets and whether it is overdue on a given day, and the English
 * names of the catalogue categories of a parcel's or park's industry text ({@code *_catalogue_en}).
 */
final class Derived {
  private Derived() {}

  static void add(ServedCollection collection, Map<String, Object> p, LocalDate today) {
    if (p.get("area_m2") instanceof Number m2) {
      p.put("area_mu", areaMu(m2.doubleValue()));
      p.put("area_ha", areaHa(m2.doubleValue()));
      p.put("area_m2", areaM2(m2.doubleValue()));
    }
    if (collection == ServedCollection.PARCELS && p.containsKey("industry")) {
      p.put("industry_catalogue_en", catalogueEn((String) p.get("industry")));
    }
    if (collection == ServedCollection.PARKS && p.containsKey("leading_industries")) {
      p.put("leading_industries_catalogue_en", catalogueEn((String) p.get("leading_industries")));
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      Double target = number(p.get("target_households"));
      Double area = number(p.get("target_floor_area_m2"));
      p.put("signed_pct", percent(number(p.get("signed_households")), target));
      p.put("demolished_pct", percent(number(p.get("demolished_households")), target));
      p.put("cleared_pct", percent(number(p.get("cleared_area_m2")), area));
      p.put("overdue", overdue(p, today));
    }
  }

  /** The served (rounded) area in m². */
  static double areaM2(double m2) {
    return round(m2, 1);
  }

  static double areaMu(double m2) {
    return round(Area.mu(m2), 2);
  }

  static double areaHa(double m2) {
    return round(Area.hectares(m2), 4);
  }

  /** The English catalogue names of an industry text, or null. */
  static String catalogueEn(String industry) {
    return parcelatlas.industry.CategoryNames.english(industry);
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /** {@code done} in percent of {@code target} to 0.1, or null without both or with a target of 0 or less. */
  static Double percent(Double done, Double target) {
    if (done == null || target == null || target <= 0) {
      return null;
    }
    return round(100.0 * done / target, 1);
  }

  /** Past its deadline with households or floor area still standing. */
  static boolean overdue(Map<String, Object> p, LocalDate today) {
    return overdue(p.get("deadline") instanceof LocalDate d ? d : null, number(p.get("demolished_households")),
        number(p.get("target_households")), number(p.get("cleared_area_m2")), number(p.get("target_floor_area_m2")), today);
  }

  /** As {@link #overdue(Map, LocalDate)}, from the values themselves (null where the row has none). */
  static boolean overdue(LocalDate deadline, Double demolished, Double targetHouseholds, Double cleared,
      Double targetArea, LocalDate today) {
    if (deadline == null || !deadline.isBefore(today)) {
      return false;
    }
    return below(demolished, targetHouseholds) || below(cleared, targetArea);
  }

  private static boolean below(Double done, Double target) {
    return (done == null ? 0 : done) < (target == null ? 0 : target);
  }

  /** Powers of ten by digits: {@code Math.pow} per value cost more than the rest of the rounding. */
  private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};

  private static double round(double value, int digits) {
    double scale = SCALES[digits];
    return Math.round(value * scale) / scale;
  }
}
