package parcelatlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.domain.ProjectStage;

/**
 * Generates each project's issue list: 0–4 items fitting its stage (planned projects have at most
 * one, projects in production at most two; projects waiting on a demolition zone always list it).
 * Items are raised after the project was signed and before {@link DemoCity#AS_OF}, numbered in the
 * order raised; a little under half of those older than three weeks are closed (销号) with a
 * resolution, and a waiting-on-demolition item is closed two days after its zones were handed over.
 */
final class IssueGenerator {
  private static final long SALT = 53;
  private static final String POWER = "国网青岚市供电公司";
  private static final String ECOLOGY = "市生态环境局";
  private static final String PLANNING = "市自然资源和规划局";
  private static final String BUILDING = "市住房和城乡建设局";

  private record Kind(String description, String responsible, String resolution,
      Set<ProjectStage> stages) {}

  private static final List<Kind> KINDS = List.of(
      kind("220kV线路迁改未完成", POWER, "线路迁改完成并恢复送电",
          ProjectStage.SIGNED, ProjectStage.LAND_SECURED, ProjectStage.STARTED),
      kind("环评批复待取得", ECOLOGY, "已取得环评批复", ProjectStage.SIGNED, ProjectStage.LAND_SECURED),
      kind("节能审查意见待出具", "市发展和改革局", "节能审查意见已出具",
          ProjectStage.SIGNED, ProjectStage.LAND_SECURED),
      kind("土地征收报批未获省政府批复", PLANNING, "省政府已批复土地征收",
          ProjectStage.PLANNED, ProjectStage.SIGNED),
      kind("建设工程规划许可证待办理", PLANNING, "规划许可证已核发", ProjectStage.LAND_SECURED),
      kind("施工用电增容未完成", POWER, "临时施工用电已接通", ProjectStage.STARTED),
      kind("村民阻工，施工队无法进场", "属地镇街", "经镇街协调化解，已恢复施工",
          ProjectStage.LAND_SECURED, ProjectStage.STARTED),
      kind("企业融资未到位，资金缺口约3亿元", "市地方金融管理局", "银团贷款已获批并放款",
          ProjectStage.SIGNED, ProjectStage.LAND_SECURED, ProjectStage.STARTED),
      kind("地块内坟墓迁移未完成", "属地镇街", "坟墓已全部迁移", ProjectStage.LAND_SECURED),
      kind("天然气管道接入未实施", "市城市管理局", "燃气管道已接通",
          ProjectStage.STARTED, ProjectStage.COMPLETED),
      kind("消防验收待组织", BUILDING, "消防验收已通过", ProjectStage.COMPLETED),
      kind("排污许可证待核发", ECOLOGY, "排污许可证已核发",
          ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION),
      kind("进口设备免税手续待办理", "市商务局", "免税手续已办结",
          ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION),
      kind("熟练工人缺口约200人", "市人力资源和社会保障局", "已组织专场招聘会，缺口基本补齐",
          ProjectStage.IN_PRODUCTION),
      kind("项目规划方案需调整，待规委会审议", PLANNING, "规委会已审议通过",
          ProjectStage.PLANNED, ProjectStage.SIGNED));

  private IssueGenerator() {}

  private static Kind kind(String description, String responsible, String resolution,
      ProjectStage... stages) {
    return new Kind(description, responsible, resolution, EnumSet.of(stages[0], stages));
  }

  static List<ProjectIssue> generate(List<DemoProject> projects, List<ProjectMilestone> milestones,
      List<DemoZone> zones, List<ZoneReport> reports) {
    Dice dice = Dice.forConcept(SALT);
    Map<String, LocalDate> handedOver = handedOver(zones, reports);
    List<ProjectIssue> all = new ArrayList<>();
    for (DemoProject p : projects) {
      LocalDate earliest = milestones.stream()
          .filter(m -> m.projectCode().equals(p.code()) && m.actual() != null)
          .map(ProjectMilestone::actual).findFirst().orElse(LocalDate.of(2026, 5, 1));
      if (earliest.isBefore(LocalDate.of(2026, 1, 5))) {
        earliest = LocalDate.of(2026, 1, 5);
      }
      LocalDate latest = DemoCity.AS_OF.minusDays(3);
      if (earliest.isAfter(latest)) {
        earliest = latest.minusDays(30);
      }
      List<Kind> options = new ArrayList<>(KINDS.stream()
          .filter(k -> k.stages().contains(p.stage())).toList());
      dice.shuffle(options);
      int max = switch (p.stage()) {
        case PLANNED -> 1;
        case IN_PRODUCTION -> 2;
        default -> 4;
      };
      int count = dice.intBetween(0, max);
      List<ProjectIssue> drafts = new ArrayList<>();
      if (!p.zoneCodes().isEmpty()) {
        drafts.add(zoneIssue(p, handedOver, earliest, latest, dice));
      }
      for (int i = 0; drafts.size() < count && i < options.size(); i++) {
        Kind k = options.get(i);
        String responsible = k.responsible().equals("属地镇街")
            ? Names.townshipOffice(p.township()) : k.responsible();
        drafts.add(issue(p, k.description(), responsible, k.resolution(),
            dice.dayBetween(earliest, latest), dice));
      }
      drafts.sort(Comparator.comparing(ProjectIssue::raisedOn));
      List<ProjectIssue> issues = new ArrayList<>();
      for (ProjectIssue d : drafts) {
        issues.add(new ProjectIssue(d.projectCode(), issues.size() + 1, d.description(),
            d.raisedOn(), d.responsible(), d.closedOn(), d.resolution()));
      }
      all.addAll(issues);
    }
    return all;
  }

  /** The day each zone's last house came down, for zones that were completed. */
  private static Map<String, LocalDate> handedOver(List<DemoZone> zones, List<ZoneReport> reports) {
    Map<String, Integer> targets = new LinkedHashMap<>();
    zones.forEach(z -> targets.put(z.code(), z.targetHouseholds()));
    Map<String, LocalDate> done = new LinkedHashMap<>();
    for (ZoneReport r : reports) {
      if (r.demolished() == targets.get(r.zoneCode())) {
        done.putIfAbsent(r.zoneCode(), r.date());
      }
    }
    return done;
  }

  /** "The zone is not handed over yet": closed when every zone the project waits on was. */
  private static ProjectIssue zoneIssue(DemoProject p, Map<String, LocalDate> handedOver,
      LocalDate earliest, LocalDate latest, Dice dice) {
    String description =
        "关联征收片区" + String.join(",", p.zoneCodes()) + "未完成交地，影响项目用地";
    String responsible = Names.townshipOffice(p.township());
    LocalDate closed = null;
    for (String zone : p.zoneCodes()) {
      LocalDate day = handedOver.get(zone);
      if (day == null) {
        closed = null;
        break;
      }
      closed = closed == null || day.isAfter(closed) ? day : closed;
    }
    if (closed == null) {
      return new ProjectIssue(p.code(), 0, description, dice.dayBetween(earliest, latest),
          responsible, null, "");
    }
    LocalDate raised = dice.dayBetween(closed.minusDays(120), closed.minusDays(30));
    return new ProjectIssue(p.code(), 0, description, raised, responsible, closed.plusDays(2),
        "片区已完成拆除清表并交地");
  }

  private static ProjectIssue issue(DemoProject p, String description, String responsible,
      String resolution, LocalDate raised, Dice dice) {
    boolean closed = raised.isBefore(DemoCity.AS_OF.minusDays(21)) && dice.chance(0.45);
    if (!closed) {
      return new ProjectIssue(p.code(), 0, description, raised, responsible, null, "");
    }
    LocalDate closedOn = raised.plusDays(dice.intBetween(7, 90));
    if (closedOn.isAfter(DemoCity.AS_OF.minusDays(1))) {
      closedOn = DemoCity.AS_OF.minusDays(1);
    }
    return new ProjectIssue(p.code(), 0, description, raised, responsible, closedOn, resolution);
  }
}
