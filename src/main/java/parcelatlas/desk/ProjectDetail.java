package parcelatlas.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the project panel shows, as it stood on the day {@code asOf}: the project, its monthly and
 * cumulative investment in that day's year up to its month against plan, tax paid by month likewise,
 * the stage changes effective by then, milestones (reached and late as of the day), the issues
 * raised by then (closed only if closed by then), and the zones it waits on with their latest
 * report on or before the day. {@code project.stage} is the stage now; {@code stageAsOf} the stage
 * on the day, by the rule the figures use; {@code today} the app's today, the day the update forms
 * record facts for (a panel of an earlier day is for reading).
 */
public record ProjectDetail(Map<String, Object> project, LocalDate asOf, LocalDate today, String stageAsOf, List<Month> investment, List<TaxMonth> taxes,
    List<StageChange> stages, List<Milestone> milestones, List<Issue> issues, List<Map<String, Object>> waitingOn) {

  /** Investment completed in a month, and the year's total up to it. */
  public record Month(String month, double completedWan, double cumulativeWan) {}

  /** Tax paid in a month (万元), and the year's total up to it. */
  public record TaxMonth(String month, double paidWan, double cumulativeWan) {}

  /**
   * @param actualDate the day it was reached, if on or before {@code asOf}; else null
   * @param late actual after planned, or not reached though the planned day was before {@code asOf}
   */
  public record Milestone(int seq, String name, LocalDate plannedDate, LocalDate actualDate, boolean late,
      long daysLate) {}

  /** An item of the issue list; closed (销号) when {@code closedOn} is set. */
  public record Issue(int seq, String description, LocalDate raisedOn, String responsible, LocalDate closedOn,
      String resolution) {}
}
