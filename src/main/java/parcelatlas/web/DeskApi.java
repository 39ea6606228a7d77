package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import parcelatlas.accounts.Viewer;
import parcelatlas.desk.ProjectDesk;
import parcelatlas.desk.ProjectUpdates;
import parcelatlas.desk.ReportForm;
import parcelatlas.domain.BadInput;
import parcelatlas.desk.StageRequest;
import parcelatlas.desk.ZoneReport;
import parcelatlas.desk.ZoneReports;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Scope;

/** The officials' desk over HTTP: zones as of a day, a zone's weekly reports, a project's panel and updates. */
final class DeskApi {
  private final ZoneReports reports;
  private final ProjectDesk projects;
  private final ProjectUpdates updates;
  private final FigureService figures;
  private final Clock clock;

  DeskApi(ZoneReports reports, ProjectDesk projects, ProjectUpdates updates, FigureService figures, Clock clock) {
    this.reports = reports;
    this.projects = projects;
    this.updates = updates;
    this.figures = figures;
    this.clock = clock;
  }

  /** {@code {"month": "2026-11", "completed_wan": 320.5}}: a month's completed investment, set or corrected. */
  void investment(Context ctx) {
    Viewer viewer = signedIn(ctx);
    JsonNode body = JsonBody.read(ctx);
    YearMonth month = parseMonth(body.path("month").asText(""));
    if (!body.path("completed_wan").isNumber()) {
      throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, "completed_wan must be a number",
          "field", "completed_wan");
    }
    updated(ctx, () -> updates.investment(viewer.user(), ctx.pathParam("code"), month, body.get("completed_wan").asDouble()));
  }

  /** {@code {"month": "2026-10", "paid_wan": 42.5}}: a month's tax paid, set or corrected. */
  void tax(Context ctx) {
    Viewer viewer = signedIn(ctx);
    JsonNode body = JsonBody.read(ctx);
    YearMonth month = parseMonth(body.path("month").asText(""));
    if (!body.path("paid_wan").isNumber()) {
      throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, "paid_wan must be a number", "field", "paid_wan");
    }
    updated(ctx, () -> updates.tax(viewer.user(), ctx.pathParam("code"), month, body.get("paid_wan").asDouble()));
  }

  /** {@code {"stage": "started", "effective_date": "2026-11-18", "note": "…", "reason": "…"}}: a stage change. */
  void stage(Context ctx) {
    Viewer viewer = signedIn(ctx);
    StageRequest request = StageRequest.parse(JsonBody.read(ctx));
    updated(ctx, () -> updates.stage(viewer.user(), ctx.pathParam("code"), request));
  }

  /** {@code {"actual_date": "2026-11-18"}}: a milestone reached. */
  void milestone(Context ctx) {
    Viewer viewer = signedIn(ctx);
    JsonNode body = JsonBody.read(ctx);
    LocalDate actual = parseDate(body.path("actual_date").asText(""), "actual_date");
    int seq = parseSeq(ctx.pathParam("seq"));
    updated(ctx, () -> updates.milestoneReached(viewer.user(), ctx.pathParam("code"), seq, actual));
  }

  /** {@code {"description": "…", "responsible": "…"}}: a new item on the issue list. */
  void raiseIssue(Context ctx) {
    Viewer viewer = signedIn(ctx);
    JsonNode body = JsonBody.read(ctx);
    updated(ctx, () -> updates.raiseIssue(viewer.user(), ctx.pathParam("code"), body.path("description").asText(null),
        body.path("responsible").isNull() ? null : body.path("responsible").asText(null)));
  }

  /** {@code {"resolution": "…"}}: an issue closed (销号). */
  void closeIssue(Context ctx) {
    Viewer viewer = signedIn(ctx);
    JsonNode body = JsonBody.read(ctx);
    int seq = parseSeq(ctx.pathParam("seq"));
    updated(ctx, () -> updates.closeIssue(viewer.user(), ctx.pathParam("code"), seq, body.path("resolution").asText(null)));
  }

  /** Runs an update and answers with the project's refreshed panel. */
  private void updated(Context ctx, Runnable update) {
    update.run();
    ctx.status(200).contentType(OgcApi.JSON)
        .result(Json.write(projects.detail(AuthApi.viewer(ctx).user(), ctx.pathParam("code"))));
  }

  private static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInput(ErrorCode.MONTH_EXPECTED, "month must be a month such as 2026-11",
          "field", "month", "example", "2026-11");
    }
  }

  private static LocalDate parseDate(String text, String name) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInput(ErrorCode.DATE_EXPECTED, name + " must be a date such as 2026-11-18",
          "field", name, "example", "2026-11-18");
    }
  }

  private static int parseSeq(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadInput(ErrorCode.NUMBER_EXPECTED, "the item number must be a whole number",
          "field", "seq", "value", text);
    }
  }

  /** The {@code as_of} parameter, default today. */
  private LocalDate day(Context ctx) {
    return DeskViewApi.asOf(ctx, clock);
  }

  /**
   * Every zone as it stood on {@code as_of} (default today): the map's colours on any past day;
   * with {@code codes} (at most 200), only those zones (the map's view).
   */
  void zones(Context ctx) {
    signedIn(ctx);
    LocalDate day = day(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", day);
    Set<String> codes = DeskViewApi.codes(ctx);
    body.put("zones", codes == null ? figures.zoneStates(Scope.CITY, day) : figures.zoneStates(day, codes));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /**
   * Every project's stage on {@code as_of} (default today), as the figures count it: the map's
   * project colours on any past day; with {@code codes} (at most 200), only those. A headline
   * field, so for all staff.
   */
  void projectStages(Context ctx) {
    signedIn(ctx);
    LocalDate day = day(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", day);
    Set<String> codes = DeskViewApi.codes(ctx);
    body.put("projects", codes == null ? figures.projectStages(day) : figures.projectStages(day, codes));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /**
   * A project's panel as it stood on {@code as_of} (default today): amounts, milestones, issues,
   * stage history and zones of that day, its stage then as {@code stageAsOf}.
   */
  void project(Context ctx) {
    Viewer viewer = signedIn(ctx);
    LocalDate day = day(ctx);
    ctx.contentType(OgcApi.JSON).result(Json.write(projects.detail(viewer.user(), ctx.pathParam("code"), day)));
  }

  /**
   * A zone's weekly reports (its township, city-wide, planners, admins) and the projects waiting on
   * it with their stage on {@code as_of} (default today).
   */
  void history(Context ctx) {
    Viewer viewer = signedIn(ctx);
    LocalDate day = day(ctx);
    String code = ctx.pathParam("code");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reports", reports.history(viewer.user(), code, day));
    body.put("asOf", day);
    body.put("today", LocalDate.now(clock));
    body.put("waitingProjects", reports.waitingProjects(code, day));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** A weekly report filed; a conflict with a newer one is a 409 carrying it as {@code latest} ({@link ApiErrors}). */
  void file(Context ctx) {
    Viewer viewer = signedIn(ctx);
    ReportForm form = ReportForm.parse(JsonBody.read(ctx));
    ZoneReport filed = reports.submit(viewer.user(), ctx.pathParam("code"), form);
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(filed));
  }

  private static Viewer signedIn(Context ctx) {
    return AuthApi.requireStaff(ctx, "use the desk");
  }
}
