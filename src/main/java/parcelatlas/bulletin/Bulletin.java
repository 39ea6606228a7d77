package parcelatlas.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import parcelatlas.figures.Figures;
import parcelatlas.figures.Rankings;

/**
 * One month's bulletin (月通报) as the figures gave it on {@code asOf}: the last day of the month,
 * or today for the month under way.
 *
 * @param city the city's figures against their targets and 时间进度
 * @param townships 龙虎榜 of townships: per figure code (see {@link Rankings#METRICS}), best first,
 *     compared with the place a month earlier
 * @param parks 龙虎榜 of parks, the same way
 * @param lagging projects behind their planned start or production date on {@code asOf}, with
 *     their responsible leader and unit, most days late first
 * @param overdue demolition zones past their deadline and not complete, most months late first
 * @param praise lines of praise, from {@link Verdicts}
 * @param criticism lines of criticism, from {@link Verdicts}
 * @param verdicts the same praise and criticism with what each names, for pages in other languages
 * @param photos a few site photos of the month as evidence, flagged ones first ({@link EvidencePhotos})
 */
public record Bulletin(YearMonth month, LocalDate asOf, Figures city, Map<String, List<Rankings.Place>> townships,
    Map<String, List<Rankings.Place>> parks, List<LaggingProject> lagging, List<OverdueZone> overdue,
    List<String> praise, List<String> criticism, Verdicts verdicts, List<EvidencePhoto> photos) {

  /**
   * A site photo shown as evidence: the zone's or project's code and name it belongs to, when it was
   * taken (null: the camera did not say), its flags ({@code photos.PhotoFlags}), caption, the issue
   * it documents (or null), and its thumbnail JPEG (base64 in JSON).
   */
  public record EvidencePhoto(long id, String site, String siteName, String township, String takenAt, List<String> flags,
      String caption, Integer issueSeq, byte[] thumbnail) {}

  /**
   * A project behind its plan.
   *
   * @param behind what it is behind: {@code start} (due to start, not started) or {@code production}
   * @param daysLate days from the planned date to {@code asOf}
   */
  public record LaggingProject(String code, String name, String township, String leader, String unit,
      String stage, String behind, LocalDate plannedDate, long daysLate) {}

  /** A demolition zone past its deadline and not complete, with its progress on {@code asOf}. */
  public record OverdueZone(String code, String name, String township, String leader, String unit,
      LocalDate deadline, long monthsLate, Double demolishedPct, Double clearedPct, double penaltyWan) {}
}
