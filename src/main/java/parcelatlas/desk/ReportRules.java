package parcelatlas.desk;

import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.figures.Plausible;

/**
 * What a weekly report must satisfy: dated from 2000-01-01 to today; counts within the zone's targets and
 * demolished never above signed; and, unless it corrects an earlier report (then it carries that
 * report's date), not dated before the latest report, and no figure below the latest one's
 * without a stated reason.
 */
final class ReportRules {
  private ReportRules() {}

  static void check(ZoneReports.Zone zone, ReportForm form, ZoneReport latest, LocalDate supersededDate, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    Problem day = Plausible.dayCheck("report_date", form.reportDate(), today);
    if (day != null) {
      problems.add(day);
    }
    Integer households = zone.targetHouseholds();
    if (households != null && form.signedHouseholds() > households) {
      problems.add(Problem.of(ErrorCode.ABOVE_TARGET, "signed_households " + form.signedHouseholds()
          + " exceeds the target of " + households + " (must be from 0 to " + households + ")",
          "field", "signed_households", "value", form.signedHouseholds(), "max", households));
    }
    if (households != null && form.demolishedHouseholds() > households) {
      problems.add(Problem.of(ErrorCode.ABOVE_TARGET, "demolished_households " + form.demolishedHouseholds()
          + " exceeds the target of " + households + " (must be from 0 to " + households + ")",
          "field", "demolished_households", "value", form.demolishedHouseholds(), "max", households));
    }
    if (form.demolishedHouseholds() > form.signedHouseholds()) {
      problems.add(Problem.of(ErrorCode.DEMOLISHED_ABOVE_SIGNED, "demolished_households "
          + form.demolishedHouseholds() + " exceeds signed_households " + form.signedHouseholds(),
          "value", form.demolishedHouseholds(), "signed", form.signedHouseholds()));
    }
    Double area = zone.targetFloorAreaM2();
    if (area != null && form.clearedAreaM2() > area + 1e-6) {
      problems.add(Problem.of(ErrorCode.ABOVE_TARGET, "cleared_area_m2 " + form.clearedAreaM2()
          + " exceeds the target of " + area + " m² (must be from 0 to " + area + ")",
          "field", "cleared_area_m2", "value", form.clearedAreaM2(), "max", area));
    }
    if (supersededDate != null) {
      if (!supersededDate.equals(form.reportDate())) {
        problems.add(Problem.of(ErrorCode.REPORT_DATE_OF_CORRECTED, "report_date must be " + supersededDate
            + ", the date of the report it corrects", "value", form.reportDate(), "date", supersededDate));
      }
    } else if (latest != null) {
      if (form.reportDate().isBefore(latest.reportDate())) {
        problems.add(Problem.of(ErrorCode.REPORT_BEFORE_LATEST, "report_date " + form.reportDate()
            + " is before the latest report (" + latest.reportDate()
            + "); to correct an earlier week, name it in supersedes",
            "value", form.reportDate(), "latest", latest.reportDate()));
      }
      List<String> lower = new ArrayList<>();
      if (form.signedHouseholds() < latest.signedHouseholds()) {
        lower.add("signed_households");
      }
      if (form.demolishedHouseholds() < latest.demolishedHouseholds()) {
        lower.add("demolished_households");
      }
      if (form.clearedAreaM2() < latest.clearedAreaM2() - 1e-6) {
        lower.add("cleared_area_m2");
      }
      if (!lower.isEmpty() && form.changeReason() == null) {
        problems.add(Problem.of(ErrorCode.FIGURES_WENT_DOWN, String.join(", ", lower) + " went down since "
            + latest.reportDate() + "; state why in change_reason", "fields", lower, "latest", latest.reportDate()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReportRefused(Kind.INVALID, problems, null);
    }
  }
}
