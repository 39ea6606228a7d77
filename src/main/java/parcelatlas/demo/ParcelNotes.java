package parcelatlas.demo;

import java.util.List;
import parcelatlas.domain.ParcelStatus;

/**
 * The staff-only 内部备注 of parcels: negotiation figures, compensation problems and enforcement
 * steps that investors must never see. About one plot in eight carries one, chosen to fit its
 * status; plots with a retained tower footing, pump station or stream always explain it.
 */
final class ParcelNotes {
  private static final List<String> RESERVE = List.of(
      "村集体补偿款尚未到位",
      "土地征收报批材料已报省厅，待批复",
      "地上附着物尚未清表，涉及养殖场2处",
      "耕地占补平衡指标待落实",
      "涉及永久基本农田调整，暂缓供地",
      "村民对青苗补偿标准有异议，镇里正在做工作");
  private static final List<String> ON_OFFER = List.of(
      "地块北侧有110kV高压线走廊，需退让25米",
      "土壤污染状况调查报告待专家评审",
      "挂牌前需完成控规调整（容积率下限由1.2调为1.0）",
      "已与意向企业初步洽谈，拟整体出让",
      "招商局建议预留给重点招商项目，暂不对外推介");
  private static final List<String> TRANSFERRED = List.of(
      "企业资金链紧张，已约谈督促开工",
      "已下发闲置土地认定书，拟征收土地闲置费",
      "出让合同约定开工期限已过，企业申请延期一年",
      "规划方案调整中，企业拟增加一栋研发楼");
  private static final List<String> BUILT = List.of(
      "亩均税收未达合同约定，已列入低效用地清单",
      "企业申请扩建，拟协议出让相邻地块",
      "施工期间扬尘被通报1次，已整改",
      "厂房部分出租，需核查是否改变用途");

  private final Dice dice;
  private final Names names;

  ParcelNotes(Dice dice) {
    this.dice = dice;
    this.names = new Names(dice);
  }

  /** The note for a plot, or null when it has none. */
  String note(Plot plot, ParcelStatus status) {
    if (Plot.TOWER.equals(plot.feature())) {
      return "地块内保留220kV输电塔基一处，用地红线已扣除塔基占地";
    }
    if (Plot.PUMP_STATION.equals(plot.feature())) {
      return "地块内保留排涝泵站一处，用地红线已扣除泵站用地";
    }
    if (Plot.STREAM.equals(plot.feature())) {
      return "地块被排水沟渠分为两块，沟渠保留不填埋";
    }
    if (!dice.chance(0.125)) {
      return null;
    }
    return switch (status) {
      case RESERVED, UNSUPPLIED -> dice.pick(RESERVE);
      case AVAILABLE, LISTED -> dice.chance(0.4)
          ? "意向企业" + names.company("智能装备") + "报价每亩" + dice.intBetween(12, 20)
              + "万元，低于挂牌底价，待招商局研究"
          : dice.pick(ON_OFFER);
      case TRANSFERRED, IDLE -> dice.chance(0.3)
          ? "土地出让金尚欠" + dice.intBetween(80, 900) + "万元未缴清"
          : dice.pick(TRANSFERRED);
      default -> dice.pick(BUILT);
    };
  }
}
