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
      p.put("area_mu", round(Area.mu(m2.doubleValue()), 2));
      p.put("area_ha", round(Area.hectares(m2.doubleValue()), 4));
      p.put("area_m2", round(m2.doubleValue(), 1));
    }
    if (collection == ServedCollection.PARCELS && p.containsKey("industry")) {
      p.put("industry_catalogue_en", parcelatlas.industry.CategoryNames.english((String) p.get("industry")));
    }
    if (collection == ServedCollection.PARKS && p.containsKey("leading_industries")) {
      p.put("leading_industries_catalogue_en",
          parcelatlas.industry.CategoryNames.english((String) p.get("leading_industries")));
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      Number target = (Number) p.get("target_households");
      Number area = (Number) p.get("target_floor_area_m2");
      p.put("signed_pct", percent(p.get("signed_households"), target));
      p.put("demolished_pct", percent(p.get("demolished_households"), target));
      p.put("cleared_pct", percent(p.get("cleared_area_m2"), area));
      p.put("overdue", overdue(p, today));
    }
  }

  private static Double percent(Object done, Number target) {
    if (!(done instanceof Number d) || target == null || target.doubleValue() <= 0) {
      return null;
    }
    return round(100.0 * d.doubleValue() / target.doubleValue(), 1);
  }

  /** Past its deadline with households or floor area still standing. */
  static boolean overdue(Map<String, Object> p, LocalDate today) {
    if (!(p.get("deadline") instanceof LocalDate deadline) || !deadline.isBefore(today)) {
      return false;
    }
    return below(p.get("demolished_households"), p.get("target_households"))
        || below(p.get("cleared_area_m2"), p.get("target_floor_area_m2"));
  }

  private static boolean below(Object done, Object target) {
    double t = target instanceof Number n ? n.doubleValue() : 0;
    double d = done instanceof Number n ? n.doubleValue() : 0;
    return d < t;
  }

  /** Powers of ten by digits: {@code Math.pow} per value cost more than the rest of the rounding. */
  private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};

  private static double round(double value, int digits) {
    double scale = SCALES[digits];
    return Math.round(value * scale) / scale;
  }
}
