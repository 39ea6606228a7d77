package parcelatlas.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import parcelatlas.desk.DeskExtent;
import parcelatlas.desk.LaggingList;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;
import parcelatlas.figures.Plausible;
import parcelatlas.figures.Scope;

/**
 * What the desk page needs beyond its map's view, without holding a whole layer: the lagging and
 * overdue lists of the city (paged, {@link LaggingList}), where a scope lies and the townships
 * ({@link DeskExtent}); and the {@code codes} filter of the as-of layers. Staff only.
 */
final class DeskViewApi {
  /** At most this many codes in one {@code codes} filter (a map view's page of features). */
  static final int MAX_CODES = 200;
  private static final int MAX_CODE_LENGTH = 64;
  private final LaggingList lagging;
  private final DeskExtent extent;
  private final Clock clock;

  DeskViewApi(LaggingList lagging, DeskExtent extent, Clock clock) {
    this.lagging = lagging;
    this.extent = extent;
    this.clock = clock;
  }

  /** {@code ?as_of&show&sort&search&limit(1–500, 100)&offset(0–10,000,000)}: a page of the lagging list. */
  void lagging(Context ctx) {
    signedIn(ctx);
    LocalDate day = asOf(ctx, clock);
    int limit = whole(ctx, "limit", 100, 1, LaggingList.MAX_LIMIT);
    int offset = whole(ctx, "offset", 0, 0, 10_000_000);
    ctx.contentType(OgcApi.JSON).result(Json.write(lagging.page(day, ctx.queryParam("show"), ctx.queryParam("sort"),
        ctx.queryParam("search"), limit, offset)));
  }

  /** {@code ?scope=city|township:NAME|park:CODE}: {@code {"scope", "bbox": [w, s, e, n] | null}}. */
  void extent(Context ctx) {
    signedIn(ctx);
    Scope scope = Scope.parse(ctx.queryParam("scope"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("scope", scope.toString());
    body.put("bbox", extent.box(scope));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** {@code {"townships": [...]}}: every township with a zone or a project. */
  void townships(Context ctx) {
    signedIn(ctx);
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("townships", extent.townships())));
  }

  /**
   * The {@code codes} parameter (comma-separated, at most {@value #MAX_CODES}), or null when absent:
   * the as-of layers then answer for those features only.
   */
  static Set<String> codes(Context ctx) {
    String text = ctx.queryParam("codes");
    if (text == null) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : text.split(",", -1)) {
      if (code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
        throw new BadInput(ErrorCode.TEXT_LENGTH, "each of codes must be 1 to " + MAX_CODE_LENGTH + " characters",
            "field", "codes", "min", 1, "max", MAX_CODE_LENGTH);
      }
      codes.add(code);
      if (codes.size() > MAX_CODES) {
        throw new BadInput(ErrorCode.TOO_MANY_ITEMS, "codes lists more than " + MAX_CODES,
            "field", "codes", "max", MAX_CODES);
      }
    }
    return codes;
  }

  /**
   * The {@code as_of} parameter, default today: a date from 2000-01-01 to today (the portal's
   * calendar), else 400 naming it. The one rule for every desk and figures route that takes a day.
   */
  static LocalDate asOf(Context ctx, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    String text = ctx.queryParam("as_of");
    if (text == null) {
      return today;
    }
    LocalDate day;
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
    return day;
  }

  static int whole(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, name + " must be a whole number from " + min + " to " + max,
        "field", name, "min", min, "max", max);
  }

  private static void signedIn(Context ctx) {
    AuthApi.requireStaff(ctx, "use the desk");
  }
}
