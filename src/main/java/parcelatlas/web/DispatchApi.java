package parcelatlas.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import parcelatlas.accounts.Viewer;
import parcelatlas.desk.WeeklyDispatch;

/** The weekly dispatch over HTTP: who has not reported this week (周调度), in the viewer's scope. */
final class DispatchApi {
  private final WeeklyDispatch dispatch;
  private final Clock clock;

  DispatchApi(WeeklyDispatch dispatch, Clock clock) {
    this.dispatch = dispatch;
    this.clock = clock;
  }

  /**
   * {@code ?as_of=DAY} (default today, 2000-01-01 to today): the week containing that day;
   * {@code limit} (1–1,000, default 200) and {@code offset} (0–10,000,000) page the items.
   */
  void missing(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "use the desk");
    LocalDate day = DeskViewApi.asOf(ctx, clock);
    int limit = DeskViewApi.whole(ctx, "limit", 200, 1, WeeklyDispatch.MAX_LIMIT);
    int offset = DeskViewApi.whole(ctx, "offset", 0, 0, 10_000_000);
    ctx.contentType(OgcApi.JSON).result(Json.write(dispatch.missing(viewer.user(), day, offset, limit)));
  }
}
