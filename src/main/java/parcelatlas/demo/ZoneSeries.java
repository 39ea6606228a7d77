package parcelatlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly figures of one zone while they are being generated: cumulative signed and demolished
 * households per week, the cumulative share of the zone's floor area in the first n houses
 * ({@code houseShare[n]}, 1 for all of them), and the notes. Arrays are indexed by week 0..15.
 */
final class ZoneSeries {
  private static final List<String> GENERAL = List.of(
      "受连续降雨影响，拆除作业暂停3天",
      "包保领导现场调度，倒排工期、挂图作战",
      "安置房源已落实，群众签约意愿增强",
      "评估报告已公示，无异议",
      "推行\"阳光征收\"，补偿结果张榜公示");

  final DemoZone zone;
  final int[] signed;
  final int[] demolished;
  final double[] houseShare;
  final String[] notes;

  ZoneSeries(DemoZone zone, int[] signed, int[] demolished, double[] houseShare, String[] notes) {
    this.zone = zone;
    this.signed = signed;
    this.demolished = demolished;
    this.houseShare = houseShare;
    this.notes = notes;
  }

  /** Floor area cleared by week {@code w}: the area of the houses demolished by then. */
  double cleared(int w) {
    return Dice.round(zone.targetFloorAreaM2() * houseShare[demolished[w]], 1);
  }

  /** Adds the ordinary remarks a township writes now and then; keeps notes already set. */
  void annotate(Dice dice) {
    int target = zone.targetHouseholds();
    for (int w = 1; w < signed.length; w++) {
      if (notes[w] != null) {
        continue;
      }
      int newlySigned = signed[w] - signed[w - 1];
      if (demolished[w] == target && demolished[w - 1] < target) {
        notes[w] = "全部房屋已拆除，完成场地清表交地";
      } else if (newlySigned >= 5 && dice.chance(0.3)) {
        notes[w] = "本周新签约" + newlySigned + "户";
      } else if (dice.chance(0.07)) {
        notes[w] = switch (zone.plan()) {
          case OVERDUE -> dice.chance(0.5)
              ? "剩余" + (target - signed[w]) + "户诉求较高，正在依法依规推进"
              : "已对" + dice.intBetween(1, Math.max(1, target - signed[w])) + "户下达征收补偿决定书";
          case LAGGING -> dice.chance(0.5)
              ? dice.intBetween(2, 5) + "户因家庭内部继承纠纷暂未签约，已申请司法调解"
              : "补偿安置方案听证会已召开";
          default -> dice.pick(GENERAL);
        };
      }
    }
  }

  List<ZoneReport> reports(LocalDate firstMonday) {
    List<ZoneReport> reports = new ArrayList<>();
    for (int w = 0; w < signed.length; w++) {
      reports.add(new ZoneReport(zone.code(), firstMonday.plusWeeks(w), signed[w], demolished[w],
          cleared(w), notes[w] == null ? "" : notes[w]));
    }
    return reports;
  }
}
