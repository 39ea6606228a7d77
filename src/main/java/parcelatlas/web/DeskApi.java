package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;
import parcelatlas.accounts.Viewer;
import parcelatlas.desk.ProjectDesk;
import parcelatlas.desk.ReportForm;
import parcelatlas.desk.ReportRefused;
import parcelatlas.desk.ZoneReport;
import parcelatlas.desk.ZoneReports;

/** The officials' desk over HTTP: a zone's weekly reports, read and filed. */
final class DeskApi {
  private final ZoneReports reports;
  private final ProjectDesk projects;

  DeskApi(ZoneReports reports, ProjectDesk projects) {
    this.reports = reports;
    this.projects = projects;
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
      ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("reports", reports.history(viewer.user(), ctx.pathParam("code")))));
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
