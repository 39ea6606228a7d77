package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.contest.Contest;
import parcelatlas.contest.ContestRule;
import parcelatlas.contest.Quarter;
import parcelatlas.desk.ZoneAccess;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.io.JsonObjects;

/**
 * The quarterly contest (季考评) over HTTP: staff read any quarter's result (published, else as the
 * records stand), the public reads published quarters only — names, scores, places, flags and the
 * rule, nothing else — and admins change the weights and flag counts and publish a quarter that has
 * ended (both audited). {@code quarter} is {@code YYYYQn} ({@link Quarter#parse}); {@code of} is
 * {@code townships} (default) or {@code parks}.
 */
final class ContestApi {
  /** Figures that may reveal one project's tax or investment ({@code figures.Disclosure}). */
  private static final Set<String> SMALL_CELL = Set.of("investment_rate_pct", "tax_wan_per_mu");
  private static final Set<String> SETTINGS = Set.of("weights", "red", "yellow");
  private final Contest contest;
  private final Clock clock;

  ContestApi(Contest contest, Clock clock) {
    this.contest = contest;
    this.clock = clock;
  }

  /** GET /api/desk/contest?quarter=&of=: staff; the quarter of today by default. */
  void desk(Context ctx) {
    boolean readsAll = ZoneAccess.readers(AuthApi.requireStaff(ctx, "see the quarterly contest").user()).all();
    LocalDate today = LocalDate.now(clock);
    String text = ctx.queryParam("quarter");
    Quarter quarter = text == null ? Quarter.of(today) : Quarter.parse("quarter", text, today);
    Contest.Result r = contest.result(quarter, of(ctx), today);
    Map<String, Object> body = head(r);
    body.put("provisional", r.provisional());
    body.put("published", r.published());
    body.put("publishedBy", r.publishedBy());
    body.put("places", r.standings().stream().map(s -> {
      Map<String, Object> place = place(s);
      place.put("name", s.name());
      place.put("label", s.label());
      Map<String, Double> points = new LinkedHashMap<>(s.points());
      if (!readsAll) {
        points.keySet().removeAll(SMALL_CELL);
      }
      place.put("points", points);
      return place;
    }).toList());
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** GET /api/public/contest?quarter=&of=: anyone; a published quarter (default the latest), with the published ones. */
  void published(Context ctx) {
    LocalDate today = LocalDate.now(clock);
    String text = ctx.queryParam("quarter");
    String of = of(ctx);
    List<Quarter> quarters = contest.publishedQuarters();
    Quarter quarter = text != null ? Quarter.parse("quarter", text, today) : quarters.isEmpty() ? null : quarters.get(0);
    Map<String, Object> body = new LinkedHashMap<>();
    if (quarter != null) {
      Contest.Result r = contest.published(quarter, of).orElseThrow(() -> new ApiException(404,
          ErrorCode.CONTEST_NOT_PUBLISHED, "the contest of " + quarter + " is not published", "quarter",
          quarter.toString()));
      body.putAll(head(r));
      body.put("places", r.standings().stream().map(ContestApi::place).toList());
    } else {
      body.put("quarter", null);
      body.put("of", of);
      body.put("places", List.of());
    }
    body.put("quarters", quarters.stream().map(Quarter::toString).toList());
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** GET /api/admin/contest/settings: the weights and flag counts now. */
  void settings(Context ctx) {
    AdminApi.admin(ctx);
    ctx.contentType(OgcApi.JSON).result(Json.write(contest.settings().current()));
  }

  /** PUT /api/admin/contest/weights {"weights": {figure: 0–100, …}?, "red": 0–50?, "yellow": 0–50?}; audited. */
  void updateSettings(Context ctx) {
    String actor = AdminApi.admin(ctx).user().username();
    JsonNode body = JsonBody.read(ctx);
    JsonObjects.requireObject(body, SETTINGS);
    Map<String, Integer> weights = new LinkedHashMap<>();
    JsonNode w = body.path("weights");
    if (!w.isMissingNode() && !w.isObject()) {
      throw new BadInput(ErrorCode.BODY_NOT_OBJECT, "weights must be an object of figure: weight", "field", "weights");
    }
    w.fields().forEachRemaining(e -> weights.put(e.getKey(), whole("weights." + e.getKey(), e.getValue(), 100)));
    ContestRule.Settings after = contest.settings().update(actor, weights, optional(body, "red"),
        optional(body, "yellow"));
    ctx.contentType(OgcApi.JSON).result(Json.write(after));
  }

  /** POST /api/admin/contest/{quarter}/publish: stores the ended quarter's result; 201, audited. */
  void publish(Context ctx) {
    String actor = AdminApi.admin(ctx).user().username();
    LocalDate today = LocalDate.now(clock);
    Quarter quarter = Quarter.parse("quarter", ctx.pathParam("quarter"), today);
    if (!quarter.end().isBefore(today)) {
      throw new ApiException(409, ErrorCode.CONTEST_QUARTER_NOT_ENDED, "the quarter " + quarter
          + " ends on " + quarter.end() + "; publish it afterwards", "quarter", quarter.toString(),
          "end", quarter.end().toString());
    }
    Contest.Result r = contest.publish(actor, quarter, today, clock.instant()).orElseThrow(() -> new ApiException(409,
        ErrorCode.CONTEST_ALREADY_PUBLISHED, "the contest of " + quarter + " is published already",
        "quarter", quarter.toString()));
    Map<String, Object> body = head(r);
    body.put("publishedBy", r.publishedBy());
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(body));
  }

  private static Map<String, Object> head(Contest.Result r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quarter", r.quarter().toString());
    body.put("of", r.of());
    body.put("asOf", r.asOf());
    body.put("publishedAt", r.publishedAt());
    body.put("weights", r.settings().weights());
    body.put("red", r.settings().red());
    body.put("yellow", r.settings().yellow());
    return body;
  }

  private static Map<String, Object> place(ContestRule.Standing s) {
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("rank", s.rank());
    place.put("name", s.label());
    place.put("score", s.score());
    place.put("flag", s.flag());
    return place;
  }

  private static String of(Context ctx) {
    String of = ctx.queryParamAsClass("of", String.class).getOrDefault("townships");
    if (!Contest.KINDS.containsKey(of)) {
      throw ApiException.badRequest(ErrorCode.NOT_ONE_OF, "of must be townships or parks",
          "field", "of", "value", of, "allowed", List.of("townships", "parks"));
    }
    return of;
  }

  private static Integer optional(JsonNode body, String member) {
    return body.has(member) ? whole(member, body.get(member), 50) : null;
  }

  private static int whole(String field, JsonNode value, int max) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, field + " must be a whole number from 0 to " + max,
          "field", field, "min", 0, "max", max);
    }
    return value.intValue();
  }
}
