package parcelatlas.investor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import parcelatlas.features.Feature;

/** 2–4 parcels side by side: one row per fact, flagged where the parcels differ. */
public record Comparison(List<Feature> parcels, List<Row> rows) {
  public static final int MIN = 2;
  public static final int MAX = 4;
  public static final List<String> KEYS = List.of("park_name", "land_use", "status", "area_mu", "area_m2",
      "far_min", "far_max", "building_density_pct", "green_ratio_pct", "height_limit_m", "price_wan_per_mu",
      "total_price_wan", "invest_intensity_wan_per_mu", "tax_wan_per_mu", "servicing_label", "has_road",
      "has_water", "has_power", "has_drainage", "has_gas", "has_telecom", "has_heating", "site_levelled",
      "industry", "available_date");

  /** One fact across the compared parcels. */
  public record Row(String key, List<Object> values, boolean differs) {}

  public static Comparison of(List<Feature> parcels) {
    List<Row> rows = new ArrayList<>();
    for (String key : KEYS) {
      List<Object> values = new ArrayList<>();
      parcels.forEach(p -> values.add(p.properties().get(key)));
      boolean differs = values.stream().anyMatch(v -> !Objects.equals(v, values.get(0)));
      rows.add(new Row(key, values, differs));
    }
    return new Comparison(parcels, rows);
  }
}
