package parcelatlas.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.ProjectStage;

/**
 * Derives each project's stage history from its milestones, so the two always agree: 谋划 some
 * 2–6 months before the 签约 milestone, then 签约, 供地 → 落地, 开工, 竣工验收 → 竣工 and 投产 on
 * their actual dates, up to the project's stage. And the tax its enterprise paid: projects in
 * production pay monthly from the month after 投产 to October 2026, around the parcels' required
 * tax per 亩 (亩均税收) × their 亩 ÷ 12, some above and many below it.
 */
final class StageGenerator {
  private static final Map<ProjectStage, String> MILESTONE = Map.of(ProjectStage.SIGNED, "签约",
      ProjectStage.LAND_SECURED, "供地", ProjectStage.STARTED, "开工", ProjectStage.COMPLETED, "竣工验收",
      ProjectStage.IN_PRODUCTION, "投产");
  private static final long SALT = 61;

  private StageGenerator() {}

  static List<StageChangeRow> changes(List<DemoProject> projects, List<ProjectMilestone> milestones) {
    Dice dice = Dice.forConcept(SALT);
    List<StageChangeRow> rows = new ArrayList<>();
    for (DemoProject p : projects) {
      Map<String, ProjectMilestone> byName = new HashMap<>();
      milestones.stream().filter(m -> m.projectCode().equals(p.code())).forEach(m -> byName.put(m.name(), m));
      ProjectMilestone signing = byName.get("签约");
      LocalDate first = signing.actual() != null && signing.actual().isBefore(signing.planned()) ? signing.actual()
          : signing.planned();
      LocalDate planned = first.minusDays(dice.intBetween(60, 180));
      rows.add(new StageChangeRow(p.code(), ProjectStage.PLANNED.code(),
          planned.isAfter(DemoCity.AS_OF) ? DemoCity.AS_OF.minusDays(dice.intBetween(30, 90)) : planned));
      for (ProjectStage stage : ProjectStage.values()) {
        if (stage != ProjectStage.PLANNED && p.stage().atLeast(stage)) {
          ProjectMilestone m = byName.get(MILESTONE.get(stage));
          if (m == null || m.actual() == null) {
            throw new IllegalStateException(p.code() + " is at " + p.stage().code() + " without reaching " + MILESTONE.get(stage));
          }
          rows.add(new StageChangeRow(p.code(), stage.code(), m.actual()));
        }
      }
    }
    return rows;
  }

  static List<ProjectTax> taxes(List<DemoProject> projects, List<DemoParcel> parcels, List<StageChangeRow> changes) {
    Dice dice = Dice.forConcept(SALT + 1);
    Map<String, DemoParcel> byCode = new HashMap<>();
    parcels.forEach(parcel -> byCode.put(parcel.code(), parcel));
    List<ProjectTax> taxes = new ArrayList<>();
    for (DemoProject p : projects) {
      if (p.stage() != ProjectStage.IN_PRODUCTION || p.parcelCodes().isEmpty()) {
        continue;
      }
      double yearly = 0;
      for (String code : p.parcelCodes()) {
        DemoParcel parcel = byCode.get(code);
        yearly += parcel.areaMu() * (parcel.taxWanPerMu() == null ? 15 : parcel.taxWanPerMu());
      }
      LocalDate producing = changes.stream().filter(c -> c.projectCode().equals(p.code())
          && c.stage().equals(ProjectStage.IN_PRODUCTION.code())).findFirst().orElseThrow().effective();
      YearMonth from = YearMonth.from(producing).plusMonths(1);
      from = from.isBefore(ScheduleGenerator.FIRST_MONTH) ? ScheduleGenerator.FIRST_MONTH : from;
      double performance = dice.between(0.4, 1.3);
      for (YearMonth m = from; !m.isAfter(ScheduleGenerator.LAST_MONTH); m = m.plusMonths(1)) {
        taxes.add(new ProjectTax(p.code(), m, Dice.round(yearly / 12 * performance * dice.between(0.7, 1.3), 1)));
      }
    }
    return taxes;
  }
}
