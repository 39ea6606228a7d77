package parcelatlas.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.domain.ProjectStage;

/**
 * Generates each project's milestones and monthly investments. Milestones (5–8 of 签约, 供地,
 * 规划许可, 施工许可, 开工, 主体封顶, 竣工验收, 投产) are planned backwards from the planned start
 * and forwards to completion and production; those the stage implies are reached carry an actual
 * date, about a third of them late, none after {@link DemoCity#AS_OF}. Investments run monthly from
 * January (or the signing month) to October 2026 for projects at stage 签约 or later, adding up to
 * a stage-typical share of the year's plan, with a dip at the Spring Festival in February.
 */
final class ScheduleGenerator {
  static final List<String> MILESTONES =
      List.of("签约", "供地", "规划许可", "施工许可", "开工", "主体封顶", "竣工验收", "投产");
  static final YearMonth FIRST_MONTH = YearMonth.of(2026, 1);
  static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
  private static final long SALT = 47;

  private ScheduleGenerator() {}

  static List<ProjectMilestone> milestones(List<DemoProject> projects) {
    Dice dice = Dice.forConcept(SALT);
    List<ProjectMilestone> all = new ArrayList<>();
    for (DemoProject project : projects) {
      all.addAll(milestones(project, dice));
    }
    return all;
  }

  private static List<ProjectMilestone> milestones(DemoProject p, Dice dice) {
    LocalDate[] planned = new LocalDate[MILESTONES.size()];
    planned[4] = p.plannedStart();
    planned[3] = planned[4].minusDays(dice.intBetween(7, 20));
    planned[2] = planned[3].minusDays(dice.intBetween(20, 45));
    planned[1] = planned[2].minusDays(dice.intBetween(30, 75));
    planned[0] = planned[1].minusDays(dice.intBetween(45, 150));
    long build = ChronoUnit.DAYS.between(p.plannedStart(), p.plannedCompletion());
    planned[5] = p.plannedStart().plusDays(Math.round(build * dice.between(0.55, 0.65)));
    planned[6] = p.plannedCompletion();
    planned[7] = p.plannedProduction();
    boolean[] included = new boolean[MILESTONES.size()];
    java.util.Arrays.fill(included, true);
    included[2] = dice.chance(0.7);
    included[5] = dice.chance(0.7);
    included[7] = p.stage().atLeast(ProjectStage.COMPLETED) || dice.chance(0.7);
    int reached = reachedCount(p, planned, dice);
    List<ProjectMilestone> result = new ArrayList<>();
    LocalDate previous = LocalDate.MIN;
    for (int i = 0; i < MILESTONES.size(); i++) {
      if (!included[i]) {
        continue;
      }
      LocalDate actual = null;
      if (i < reached) {
        int delay = dice.chance(0.33) ? dice.intBetween(20, 120) : dice.intBetween(-10, 15);
        actual = planned[i].plusDays(delay);
        LocalDate latest = DemoCity.AS_OF.minusDays(dice.intBetween(1, 20));
        actual = actual.isAfter(latest) ? latest : actual;
        actual = actual.isBefore(previous) ? previous : actual;
        previous = actual;
      }
      result.add(new ProjectMilestone(p.code(), result.size() + 1, MILESTONES.get(i),
          planned[i], actual));
    }
    return result;
  }

  /** How many of the eight milestones, in order, the project has passed. */
  private static int reachedCount(DemoProject p, LocalDate[] planned, Dice dice) {
    return switch (p.stage()) {
      case PLANNED -> 0;
      case SIGNED -> 1;
      case LAND_SECURED -> planned[2].isBefore(DemoCity.AS_OF) && dice.chance(0.5) ? 3 : 2;
      case STARTED -> planned[5].isBefore(DemoCity.AS_OF.minusDays(20)) && dice.chance(0.6) ? 6 : 5;
      case COMPLETED -> 7;
      case IN_PRODUCTION -> 8;
    };
  }

  static List<ProjectInvestment> investments(List<DemoProject> projects,
      List<ProjectMilestone> milestones) {
    Dice dice = Dice.forConcept(SALT + 1);
    List<ProjectInvestment> all = new ArrayList<>();
    for (DemoProject p : projects) {
      if (!p.stage().atLeast(ProjectStage.SIGNED) || p.plannedInvestmentYearWan() <= 0) {
        continue;
      }
      LocalDate signed = milestones.stream()
          .filter(m -> m.projectCode().equals(p.code()) && m.name().equals("签约"))
          .map(ProjectMilestone::actual).findFirst().orElseThrow();
      YearMonth from = YearMonth.from(signed).isAfter(FIRST_MONTH) ? YearMonth.from(signed)
          : FIRST_MONTH;
      if (from.isAfter(LAST_MONTH)) {
        continue;
      }
      double performance = switch (p.stage()) {
        case SIGNED -> dice.between(0.2, 0.6);
        case LAND_SECURED -> dice.between(0.3, 0.8);
        case STARTED -> dice.between(0.55, 1.05);
        case COMPLETED -> dice.between(0.85, 1.1);
        default -> dice.between(0.8, 1.05);
      };
      List<YearMonth> months = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      double sum = 0;
      for (YearMonth m = from; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
        double w = dice.between(0.5, 1.5) * (m.getMonthValue() == 2 ? 0.4 : 1);
        months.add(m);
        weights.add(w);
        sum += w;
      }
      double share = (double) months.size() / 12;
      double total = p.plannedInvestmentYearWan() * performance * share / (10.0 / 12);
      for (int i = 0; i < months.size(); i++) {
        all.add(new ProjectInvestment(p.code(), months.get(i),
            Dice.round(total * weights.get(i) / sum, 1)));
      }
    }
    return all;
  }
}
