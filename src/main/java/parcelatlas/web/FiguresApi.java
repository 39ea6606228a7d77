package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.desk.ZoneAccess;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Figures;
import parcelatlas.figures.FiguresCsv;
import parcelatlas.figures.Rankings;
import parcelatlas.figures.Readers;
import parcelatlas.figures.Scope;

/**
 * The officials' figures over HTTP, for all signed-in staff: one scope, the rankings of townships
 * or parks, CSV (the city, every township, every park). Headline figures are for every official,
 * whatever their township: comparing them is what the rankings are for; a zone's or project's
 * internals are served by {@link DeskApi} to their own township only, and a figure that would give
 * one project's tax or investment away is withheld ({@link parcelatlas.figures.Disclosure}).
 */
final class FiguresApi {
  private final FigureService service;
  private final Clock clock;

  FiguresApi(FigureService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  void figures(Context ctx) {
    Readers readers = staff(ctx);
    Scope scope = Scope.parse(ctx.queryParam("scope"));
    ctx.contentType(OgcApi.JSON).result(Json.write(service.figures(scope, day(ctx), readers)));
  }

  void rankings(Context ctx) {
    Readers readers = staff(ctx);
    String period = ctx.queryParamAsClass("period", String.class).getOrDefault("week");
    int days = switch (period) {
      case "week" -> 7;
      case "month" -> 30;
      default -> throw ApiException.badRequest(ErrorCode.NOT_ONE_OF, "period must be week or month",
          "field", "period", "value", period, "allowed", List.of("week", "month"));
    };
    String of = ctx.queryParamAsClass("of", String.class).getOrDefault("townships");
    Rankings.Of what = switch (of) {
      case "townships" -> Rankings.Of.TOWNSHIPS;
      case "parks" -> Rankings.Of.PARKS;
      default -> throw ApiException.badRequest(ErrorCode.NOT_ONE_OF, "of must be townships or parks",
          "field", "of", "value", of, "allowed", List.of("townships", "parks"));
    };
    LocalDate day = day(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("of", of);
    body.put("period", period);
    body.put("asOf", day);
    body.put("comparedWith", day.minusDays(days));
    body.put("rankings", Rankings.of(service, what, day, days, readers));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /**
   * The city, every township and every park as CSV, written to the response as each kind's grouped
   * figures are computed (a few queries per kind, not per scope).
   */
  void csv(Context ctx) throws java.io.IOException {
    Readers readers = staff(ctx);
    LocalDate day = day(ctx);
    boolean english = ViewerLanguage.english(ctx);
    Map<String, Figures> city = service.figuresOf(Scope.Kind.CITY, List.of("city"), day, readers);
    ctx.header("Content-Disposition", "attachment; filename=\"figures-" + day + ".csv\"");
    ctx.header("Content-Language", english ? "en" : "zh-CN");
    ctx.contentType("text/csv; charset=utf-8");
    java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
        java.nio.charset.StandardCharsets.UTF_8));
    FiguresCsv.header(out, english);
    FiguresCsv.row(out, city.get("city"), english);
    for (Figures f : service.figuresOf(Scope.Kind.TOWNSHIP, service.townships(), day, readers).values()) {
      FiguresCsv.row(out, f, english);
    }
    List<String> parks = service.parks().stream().map(p -> p[0]).toList();
    for (Figures f : service.figuresOf(Scope.Kind.PARK, parks, day, readers).values()) {
      FiguresCsv.row(out, f, english);
    }
    out.flush();
  }

  private LocalDate day(Context ctx) {
    return DeskViewApi.asOf(ctx, clock);
  }

  /** The signed-in staff member's readers: whose project internals the figures may reveal to them. */
  private static Readers staff(Context ctx) {
    return ZoneAccess.readers(AuthApi.requireStaff(ctx, "see the figures").user());
  }
}
