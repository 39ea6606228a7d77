package parcelatlas.figures;

import java.util.Map;

/**
 * The Chinese names of the figures' columns, as officials call them (CSV headers, the withheld
 * figures' column), and of the scopes. A column without a name here keeps its code name.
 */
public final class FigureLabels {
  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("scope", "范围"), Map.entry("as_of", "日期"), Map.entry("elapsed_pct", "时间进度（%）"),
      Map.entry("projects_due_to_start", "计划开工项目数"), Map.entry("projects_started", "已开工项目数"),
      Map.entry("start_rate_pct", "开工率（%）"), Map.entry("planned_investment_wan", "年度计划投资（万元）"),
      Map.entry("completed_investment_wan", "完成投资（万元）"), Map.entry("investment_rate_pct", "投资完成率（%）"),
      Map.entry("investment_gap_pts", "投资完成率与时间进度之差（百分点）"),
      Map.entry("projects_due_in_production", "计划投产项目数"), Map.entry("projects_in_production", "已投产项目数"),
      Map.entry("production_rate_pct", "竣工投产率（%）"), Map.entry("intensity_wan_per_mu", "亩均投资强度（万元/亩）"),
      Map.entry("tax_paid_wan", "税收（万元）"), Map.entry("tax_land_mu", "纳税用地（亩）"),
      Map.entry("tax_wan_per_mu", "亩均税收（万元/亩）"), Map.entry("zones", "征收片区数"),
      Map.entry("target_households", "目标户数"), Map.entry("signed_households", "已签约户数"),
      Map.entry("demolished_households", "已拆除户数"), Map.entry("target_area_m2", "目标面积（㎡）"),
      Map.entry("cleared_area_m2", "腾空面积（㎡）"), Map.entry("signed_pct", "签约进度（%）"),
      Map.entry("demolished_pct", "拆除进度（%）"), Map.entry("cleared_pct", "腾空进度（%）"),
      Map.entry("overdue_zones", "逾期片区数"), Map.entry("penalty_wan", "逾期罚金（万元）"),
      Map.entry("suppressed", "不予显示的指标"));
  /** {@link Disclosure#REASON} in Chinese. */
  public static final String REASON_ZH = "不予显示：您无权查看其明细的项目中，参与计算的少于 "
      + Disclosure.MIN_PROJECTS + " 个";

  private FigureLabels() {}

  /** The Chinese name of a column (its snake_case code), or the code itself. */
  public static String zh(String column) {
    return ZH.getOrDefault(column, column);
  }

  /** A scope ({@code city}, {@code township:NAME}, {@code park:CODE}) as 全市, 镇街：NAME, 园区：CODE. */
  public static String scopeZh(String scope) {
    if (scope == null || scope.equals("city")) {
      return scope == null ? null : "全市";
    }
    if (scope.startsWith("township:")) {
      return "镇街：" + scope.substring("township:".length());
    }
    return scope.startsWith("park:") ? "园区：" + scope.substring("park:".length()) : scope;
  }
}
