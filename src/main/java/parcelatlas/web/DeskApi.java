package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.accounts.Viewer;
import parcelatlas.desk.ProjectDesk;
import parcelatlas.desk.ReportForm;
import parcelatlas.desk.ReportRefused;
import parcelatlas.desk.ZoneReport;
import parcelatlas.desk.ZoneReports;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Scope;

/** The officials' desk over HTTP: a zone's weekly reports, read and filed. */
final class DeskApi {
  private final ZoneReports reports;
  private final ProjectDesk projects;
  private final FigureService figures;
  private final Clock clock;

  DeskApi(ZoneReports reports, ProjectDesk projects, FigureService figures, Clock clock) {
    this.reports = reports;
    this.projects = projects;
    this.figures = figures;
    this.clock = clock;
  }

  /** Every zone as it stood on {@code as_of} (default today): the map's colours on any past day. */
  void zones(Context ctx) {
    signedIn(ctx);
    LocalDate day;
    try {
      day = ctx.queryParam("as_of") == null ? LocalDate.now(clock) : LocalDate.parse(ctx.queryParam("as_of"));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("as_of must be a date such as 2026-11-16");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", day);
    body.put("zones", figures.zoneStates(Scope.CITY, day));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  void project(Context ctx) {
    Viewer viewer = signedIn(ctx);
    try {
      ctx.contentType(OgcApi.JSON).result(Json.write(projects.detail(viewer.user(), ctx.pathParam("code"))));
    } catch (ReportRefused e) {
      throw refusal(e);
    }
  }

  void history(Context ctx) {
    Viewer viewer = signedIn(ctx);
    try {
      String code = ctx.pathParam("code");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("reports", reports.history(viewer.user(), code));
      body.put("waitingProjects", reports.waitingProjects(code));
      ctx.contentType(OgcApi.JSON).result(Json.write(body));
    } catch (ReportRefused e) {
      throw refusal(e);
    }
  }

  void file(Context ctx) {
    Viewer viewer = signedIn(ctx);
    ReportForm form;
    try {
      form = ReportForm.parse(JsonBody.read(ctx));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    try {
      ZoneReport filed = reports.submit(viewer.user(), ctx.pathParam("code"), form);
      ctx.status(201).contentType(OgcApi.JSON).result(Json.write(filed));
    } catch (ReportRefused e) {
      if (e.kind() == ReportRefused.Kind.CONFLICT) {
        ObjectNode body = Json.MAPPER.valueToTree(ApiErrors.body("Conflict", e.getMessage()));
        body.set("latest", Json.MAPPER.valueToTree(e.latest()));
        ctx.status(409).contentType(OgcApi.JSON).result(Json.write(body));
        return;
      }
      throw refusal(e);
    }
  }

  private static ApiException refusal(ReportRefused e) {
    return switch (e.kind()) {
      case INVALID -> ApiException.badRequest(e.getMessage());
      case FORBIDDEN -> new ApiException(403, "Forbidden", e.getMessage());
      case NOT_FOUND -> ApiException.notFound(e.getMessage());
      case CONFLICT -> new ApiException(409, "Conflict", e.getMessage());
    };
  }

  private static Viewer signedIn(Context ctx) {
    Viewer viewer = AuthApi.viewer(ctx);
    if (!viewer.isStaff()) {
      throw new ApiException(401, "Unauthorized", "sign in to use the desk");
    }
    return viewer;
  }


}
