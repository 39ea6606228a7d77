package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions into error responses, in one place: JSON ({"code", "description"}), or, for an
 * OGC API request that asked for HTML ({@link OgcFormat#wantsHtml}), a small HTML page with the same
 * status, code and message ({@link OgcHtmlError}).
 */
final class ApiErrors {
  static final String INTERNAL = "the server failed to answer; the error has been logged";
  static final String NO_ROUTE = "no such resource";
  /** Set on a request once this class has written its error, so the 404 fallback leaves it alone. */
  private static final String ANSWERED = "parcelatlas.error-answered";
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static void register(JavalinConfig config) {
    config.routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.code(), e.getMessage()));
    config.routes.exception(TooBusy.class, (e, ctx) -> busy(ctx, e));
    config.routes.exception(Exception.class, (e, ctx) -> {
      java.util.Optional<TooBusy> overload = TooBusy.causing(e);
      if (overload.isPresent()) {
        busy(ctx, overload.get());
        return;
      }
      LOG.error("{} {} failed (request {})", ctx.method(), AccessLog.printable(ctx.path()), AccessLog.requestId(ctx), e);
      respond(ctx, 500, "ServerError", INTERNAL);
    });
    config.routes.error(404, "*", ctx -> {
      boolean empty = ctx.result() == null || ctx.result().isEmpty();
      if (ctx.attribute(ANSWERED) == null && (empty || OgcFormat.wantsHtml(ctx))) {
        respond(ctx, 404, "NotFound", NO_ROUTE);
      }
    });
  }

  static Map<String, Object> body(String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("description", description);
    return body;
  }

  /** 429 or 503 with Retry-After: load, not a fault. */
  private static void busy(Context ctx, TooBusy e) {
    ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
    respond(ctx, e.status(), e.code(), e.getMessage());
  }

  private static void respond(Context ctx, int status, String code, String description) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    if (OgcFormat.wantsHtml(ctx)) {
      ctx.header("Vary", "Accept");
      String query = ctx.queryString();
      String json = OgcFormat.withF(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query), "json");
      ctx.html(OgcHtmlError.page(status, code, description, json));
    } else {
      ctx.result(Json.write(body(code, description))).contentType("application/json");
    }
  }
}
