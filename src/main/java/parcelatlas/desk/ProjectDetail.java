package parcelatlas.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the project panel shows: the project, its monthly and cumulative investment this year
 * against plan, tax paid by month this year, the stage history, milestones (late ones flagged), the
 * issue list, and the zones it waits on with their latest progress. {@code project.stage} is the
 * stage now; {@code stageAsOf} the stage on the day {@code asOf}, by the rule the figures use.
 */
public record ProjectDetail(Map<String, Object> project, LocalDate asOf, String stageAsOf, List<Month> investment, List<TaxMonth> taxes,
    List<StageChange> stages, List<Milestone> milestones, List<Issue> issues, List<Map<String, Object>> waitingOn) {

  /** Investment completed in a month, and the year's total up to it. */
  public record Month(String month, double completedWan, double cumulativeWan) {}

  /** Tax paid in a month (万元), and the year's total up to it. */
  public record TaxMonth(String month, double paidWan, double cumulativeWan) {}

  /**
   * @param late actual after planned, or not reached though the planned day has passed
   */
  public record Milestone(int seq, String name, LocalDate plannedDate, LocalDate actualDate, boolean late,
      long daysLate) {}

  /** An item of the issue list; closed (销号) when {@code closedOn} is set. */
  public record Issue(int seq, String description, LocalDate raisedOn, String responsible, LocalDate closedOn,
      String resolution) {}
}
