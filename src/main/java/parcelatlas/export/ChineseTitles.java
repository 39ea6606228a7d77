package parcelatlas.export;

import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.FieldTitles;

/**
 * The Chinese column names of an export that is meant to be imported again: a layer field gets the
 * name its default import mapping reads ({@link FieldTitles}: 地块编号, 供地状态…), so the file needs
 * no mapping; a value the portal derives (园区名称 of a parcel, 面积亩…) gets a Chinese name no
 * mapping of that layer reads, so an import passes it by. Every name is at most 5 characters: 10
 * bytes in GBK, a DBF field name's limit.
 */
final class ChineseTitles {
  private static final Map<String, String> DERIVED = Map.ofEntries(
      Map.entry("park_name", "所属园区"), Map.entry("area_m2", "面积平方米"), Map.entry("area_mu", "面积亩"),
      Map.entry("area_ha", "面积公顷"), Map.entry("latest_report_date", "最近填报"),
      Map.entry("signed_households", "已签约户数"), Map.entry("demolished_households", "已拆除户数"),
      Map.entry("cleared_area_m2", "已腾空面积"), Map.entry("signed_pct", "签约率"), Map.entry("demolished_pct", "拆除率"),
      Map.entry("cleared_pct", "腾空率"), Map.entry("overdue", "是否逾期"),
      Map.entry("park_name_en", "园区英文名"), Map.entry("total_price_wan", "总价万元"));

  private ChineseTitles() {}

  /** Property or derived value name → Chinese column name, for the collection's export. */
  static Map<String, String> of(ServedCollection collection) {
    Map<String, String> titles = new LinkedHashMap<>(DERIVED);
    Map<String, String> fields = FieldTitles.of(collection.id());
    titles.entrySet().removeIf(e -> fields.containsValue(e.getValue()));
    titles.putAll(fields);
    return titles;
  }
}
