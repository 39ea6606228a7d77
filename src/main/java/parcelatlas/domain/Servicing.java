package parcelatlas.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    if (!on(properties, "site_levelled")) {
      return Optional.empty();
    }
    boolean basics = on(properties, "has_road") && on(properties, "has_water") && on(properties, "has_power");
    long connections = COLUMNS.values().stream()
        .filter(column -> !column.equals("site_levelled") && on(properties, column)).count();
    if (connections == 7) {
      return Optional.of("七通一平");
    }
    if (basics && connections >= 5) {
      return Optional.of("五通一平");
    }
    return basics ? Optional.of("三通一平") : Optional.empty();
  }

  public static boolean on(Map<String, Object> properties, String column) {
    return Boolean.TRUE.equals(properties.get(column));
  }
}
