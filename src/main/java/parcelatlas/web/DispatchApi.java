package parcelatlas.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import parcelatlas.accounts.Viewer;
import parcelatlas.desk.WeeklyDispatch;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;
import parcelatlas.figures.Plausible;

/** The weekly dispatch over HTTP: who has not reported this week (周调度), in the viewer's scope. */
final class DispatchApi {
  private final WeeklyDispatch dispatch;
  private final Clock clock;

  DispatchApi(WeeklyDispatch dispatch, Clock clock) {
    this.dispatch = dispatch;
    this.clock = clock;
  }

  /** {@code ?as_of=DAY} (default today, 2000-01-01 to today): the week containing that day. */
  void missing(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "use the desk");
    LocalDate today = LocalDate.now(clock);
    LocalDate day = today;
    String text = ctx.queryParam("as_of");
    if (text != null) {
      try {
        day = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new BadInput(ErrorCode.DATE_EXPECTED, "as_of must be a date such as 2026-11-16",
            "field", "as_of", "example", "2026-11-16");
      }
      Problem outside = Plausible.dayCheck("as_of", day, today);
      if (outside != null) {
        throw new BadInput(outside);
      }
    }
    ctx.contentType(OgcApi.JSON).result(Json.write(dispatch.missing(viewer.user(), day)));
  }
}
