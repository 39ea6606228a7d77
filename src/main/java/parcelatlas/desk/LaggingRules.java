package parcelatlas.desk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import parcelatlas.figures.ZoneState;

/**
 * The one rule for red / amber / green on the desk's day (the lagging list and its overdue list):
 * a zone by its deadline unless complete (every household demolished and, if it has a target
 * area, the area cleared), red too whenever the figures count it overdue; a project by the first
 * planned date its stage on the day has not reached — 开工 (started) before it started, then 投产
 * (in production). Red: the date has passed unmet; amber: it falls within the next
 * {@value #AMBER_DAYS} days; green: otherwise, or nothing due.
 */
public final class LaggingRules {
  public static final int AMBER_DAYS = 30;
  private static final Map<String, Integer> STAGE_RANK = Map.of("planned", 0, "signed", 1, "land_secured", 2,
      "started", 3, "completed", 4, "in_production", 5);

  private LaggingRules() {}

  static String rag(Long daysLate) {
    if (daysLate == null) {
      return "green";
    }
    if (daysLate > 0) {
      return "red";
    }
    return daysLate >= -AMBER_DAYS ? "amber" : "green";
  }

  /** A zone on the day from its figures then. */
  public static LagRow zone(ZoneState z, String name, String leader, LocalDate day) {
    boolean complete = z.demolishedPct() != null && z.demolishedPct() >= 100
        && (z.clearedPct() == null || z.clearedPct() >= 100);
    Long late = complete || z.deadline() == null ? null : ChronoUnit.DAYS.between(z.deadline(), day);
    String rag = z.overdue() && !complete ? "red" : rag(late);
    return new LagRow("zone", z.code(), name == null ? z.code() : name, nz(z.township()), nz(leader), z.deadline(),
        "deadline", late, rag, z.overdue(), z.demolishedPct());
  }

  /** A project on the day by its stage then. */
  public static LagRow project(String code, String name, String township, String leader, String stageOnDay,
      LocalDate plannedStart, LocalDate plannedProduction, LocalDate day) {
    int rank = STAGE_RANK.getOrDefault(stageOnDay, 0);
    LocalDate due = null;
    String dueKind = null;
    if (rank < STAGE_RANK.get("started") && plannedStart != null) {
      due = plannedStart;
      dueKind = "start";
    } else if (rank < STAGE_RANK.get("in_production") && plannedProduction != null) {
      due = plannedProduction;
      dueKind = "production";
    }
    Long late = due == null ? null : ChronoUnit.DAYS.between(due, day);
    return new LagRow("project", code, name == null ? code : name, nz(township), nz(leader), due, dueKind, late,
        rag(late), false, null);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
