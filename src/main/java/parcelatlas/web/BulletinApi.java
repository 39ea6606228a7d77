package parcelatlas.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.bulletin.Bulletin;
import parcelatlas.bulletin.BulletinArchive;
import parcelatlas.bulletin.BulletinBuilder;
import parcelatlas.bulletin.BulletinFont;
import parcelatlas.bulletin.BulletinPdf;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * The monthly bulletin (月通报) over HTTP. All staff read a month's bulletin (JSON, or a draft PDF)
 * and the archive of issued ones, and download any issued PDF again, byte for byte as issued;
 * city-wide officials and admins issue one, which archives its PDF with its SHA-256. A month is
 * {@code YYYY-MM}, from {@link #FIRST_MONTH} to the current month (default: the current month).
 */
final class BulletinApi {
  static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
  private final BulletinBuilder builder;
  private final BulletinArchive archive;
  private final String fontSetting;
  private final Clock clock;

  BulletinApi(BulletinBuilder builder, BulletinArchive archive, String fontSetting, Clock clock) {
    this.builder = builder;
    this.archive = archive;
    this.fontSetting = fontSetting;
    this.clock = clock;
  }

  /** GET: the month's bulletin as JSON, as the records stand now. */
  void bulletin(Context ctx) {
    AuthApi.requireStaff(ctx, "read the monthly bulletin");
    ctx.contentType(OgcApi.JSON).result(Json.write(build(ctx.queryParam("month"))));
  }

  /** GET: the month's bulletin as a draft PDF (marked 草稿), not archived. */
  void draft(Context ctx) {
    AuthApi.requireStaff(ctx, "read the monthly bulletin");
    Bulletin b = build(ctx.queryParam("month"));
    pdf(ctx, pdf().render(b, null, null), "bulletin-" + b.month() + "-draft.pdf");
  }

  /** POST {"month": "YYYY-MM"}: issues the month's bulletin and archives its PDF; 201 with the archive record. */
  void issue(Context ctx) {
    User user = AuthApi.requireStaff(ctx, "issue the monthly bulletin").user();
    boolean cityWide = user.role() == Role.OFFICIAL && user.scopeTownship() == null && user.scopeParkCode() == null;
    if (user.role() != Role.ADMIN && !cityWide) {
      throw new ApiException(403, ErrorCode.BULLETINS_FOR_CITY_WIDE,
          "only city-wide officials and admins issue the monthly bulletin");
    }
    com.fasterxml.jackson.databind.JsonNode body = JsonBody.read(ctx);
    String month = body.path("month").isTextual() ? body.path("month").asText() : null;
    if (month == null) {
      throw new BadInput(ErrorCode.MONTH_EXPECTED, "month must be a month such as 2026-11",
          "field", "month", "example", "2026-11");
    }
    Bulletin b = build(month);
    BulletinPdf renderer = pdf();
    Instant now = clock.instant();
    BulletinArchive.Issued issued = archive.add(b, renderer.render(b, user.username(), now), user.username(), now);
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(issued));
  }

  /** GET: every archived bulletin with its hash, newest month first. */
  void list(Context ctx) {
    AuthApi.requireStaff(ctx, "see the issued bulletins");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bulletins", archive.list());
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** GET: an archived bulletin's PDF, the bytes as issued; its SHA-256 in {@code X-Bulletin-SHA256} and the ETag. */
  void download(Context ctx) {
    AuthApi.requireStaff(ctx, "download an issued bulletin");
    String text = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "id must be a bulletin's number", "field", "id");
    }
    Map.Entry<BulletinArchive.Issued, byte[]> found = archive.get(id).orElseThrow(() -> new ApiException(404,
        ErrorCode.BULLETIN_NOT_FOUND, "no issued bulletin " + id, "id", id));
    ctx.header("X-Bulletin-SHA256", found.getKey().sha256());
    ctx.header("ETag", "\"" + found.getKey().sha256() + "\"");
    pdf(ctx, found.getValue(), "bulletin-" + found.getKey().month() + "-" + id + ".pdf");
  }

  private Bulletin build(String monthText) {
    LocalDate today = LocalDate.now(clock);
    YearMonth month;
    if (monthText == null || monthText.isBlank()) {
      month = YearMonth.from(today);
    } else {
      try {
        month = YearMonth.parse(monthText.strip());
      } catch (DateTimeParseException e) {
        throw new BadInput(ErrorCode.MONTH_EXPECTED, "month must be a month such as 2026-11",
            "field", "month", "example", "2026-11");
      }
    }
    if (month.isBefore(FIRST_MONTH) || month.isAfter(YearMonth.from(today))) {
      throw new BadInput(ErrorCode.MONTH_OUT_OF_RANGE, "month " + month + " must be from " + FIRST_MONTH + " to "
          + YearMonth.from(today), "field", "month", "value", month.toString(), "min", FIRST_MONTH.toString(),
          "max", YearMonth.from(today).toString());
    }
    return builder.build(month, today);
  }

  private BulletinPdf pdf() {
    Path font = BulletinFont.find(fontSetting).orElseThrow(() -> new ApiException(503, ErrorCode.BULLETIN_FONT_MISSING,
        "the server has no Chinese font to embed in the bulletin PDF: install fonts-wqy-microhei"
            + " or set bulletin.font to a TrueType font file"));
    return new BulletinPdf(font);
  }

  private static void pdf(Context ctx, byte[] bytes, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("application/pdf").result(bytes);
  }
}
