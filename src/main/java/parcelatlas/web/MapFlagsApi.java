package parcelatlas.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import parcelatlas.desk.MapFlags;

/** {@code GET /api/desk/contest/map?as_of=}: staff; the contest flags drawn on the desk map ({@link MapFlags}). */
final class MapFlagsApi {
  private final MapFlags flags;
  private final Clock clock;

  MapFlagsApi(MapFlags flags, Clock clock) {
    this.flags = flags;
    this.clock = clock;
  }

  void onMap(Context ctx) {
    AuthApi.requireStaff(ctx, "see the quarterly contest");
    LocalDate day = DeskViewApi.asOf(ctx, clock);
    ctx.contentType(OgcApi.JSON).result(Json.write(flags.on(day, LocalDate.now(clock))));
  }
}
