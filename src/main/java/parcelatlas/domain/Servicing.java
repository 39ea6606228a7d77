package parcelatlas.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Site servicing (通路、给水、供电、排水、燃气、通信、供热 and 场地平整): the names investors use, the
 * columns behind them, and the label a park advertises (三通一平, 五通一平, 七通一平).
 */
public final class Servicing {
  /** Servicing name → parcel column, in checklist order. */
  public static final Map<String, String> COLUMNS = columns();

  private Servicing() {}

  private static Map<String, String> columns() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("road", "has_road");
    c.put("water", "has_water");
    c.put("power", "has_power");
    c.put("drainage", "has_drainage");
    c.put("gas", "has_gas");
    c.put("telecom", "has_telecom");
    c.put("heating", "has_heating");
    c.put("levelled", "site_levelled");
    return java.util.Collections.unmodifiableMap(c);
  }

  /**
   * 七通一平 when all seven connections and a levelled site; 五通一平 with at least five including
   * road, water and power; 三通一平 with road, water and power; otherwise none.
   */
  public static Optional<String> label(Map<String, Object> properties) {
    return Optional.ofNullable(label(column -> on(properties, column)));
  }

  /**
   * As {@link #label(Map)}, from whether each column of {@link #COLUMNS} is true ({@code on}), or
   * null for none: for writers that read the columns from a row, with no map and no Optional.
   */
  public static String label(Predicate<String> on) {
    if (!on.test("site_levelled")) {
      return null;
    }
    boolean basics = on.test("has_road") && on.test("has_water") && on.test("has_power");
    int connections = 0;
    for (String column : COLUMNS.values()) {
      if (!column.equals("site_levelled") && on.test(column)) {
        connections++;
      }
    }
    if (connections == 7) {
      return "七通一平";
    }
    if (basics && connections >= 5) {
      return "五通一平";
    }
    return basics ? "三通一平" : null;
  }

  public static boolean on(Map<String, Object> properties, String column) {
    return Boolean.TRUE.equals(properties.get(column));
  }
}
