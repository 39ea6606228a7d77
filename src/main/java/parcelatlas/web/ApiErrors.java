package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parcelatlas.desk.ReportRefused;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.importer.ImportFailedException;
import parcelatlas.importer.UploadRefused;
import parcelatlas.investor.Enquiries;
import parcelatlas.io.BadInputException;
import parcelatlas.storage.ImportLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become error responses. Handlers only throw: an
 * {@link ApiException} (status, code, message), or a typed refusal of a domain package, which
 * {@link #refusal} maps to status, code and message ({@link BadInput} 400, {@link ReportRefused}
 * by its kind, an import's refusals 413/415/404/422 with their {@code problems}, too many
 * enquiries 429; Javalin's own 4xx, such as a body over the server's size limit). Load ({@link TooBusy}, a statement timeout, no free connection) is 429/503 with
 * {@code Retry-After}. Anything else, a bare {@code IllegalArgumentException} included, is a bug:
 * logged, and answered 500 without details.
 *
 * <p>The body is JSON {@code {"code", "description", "params", …}}: the stable code
 * ({@link ErrorCode}), the English message and the values it names (field, limit, value…), so a
 * page shows its own text in the viewer's language; or, for an OGC API request that asked
 * for HTML ({@link OgcFormat#wantsHtml}), a small HTML page with the same status, code and message
 * ({@link OgcHtmlError}); what Jetty refuses before any route is reached gets the same JSON
 * ({@link JettyErrors}). The code is stable per kind of refusal, so messages can be translated
 * here, by code, without touching a handler.
 */
final class ApiErrors {
  static final String INTERNAL = "the server failed to answer; the error has been logged";
  static final String NO_ROUTE = "no such resource";
  /** Set on a request once this class has written its error, so the 404 fallback leaves it alone. */
  private static final String ANSWERED = "parcelatlas.error-answered";
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static void register(JavalinConfig config) {
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
    config.routes.exception(Exception.class, ApiErrors::handle);
    config.routes.exception(HttpResponseException.class, ApiErrors::handle);
    config.routes.error(404, "*", ctx -> {
      boolean empty = ctx.result() == null || ctx.result().isEmpty();
      if (ctx.attribute(ANSWERED) == null && (empty || OgcFormat.wantsHtml(ctx))) {
        respond(ctx, new Refusal(404, ErrorCode.NOT_FOUND.code(), NO_ROUTE));
      }
    });
  }

  private static void handle(Exception e, Context ctx) {
    Optional<TooBusy> overload = e instanceof TooBusy busy ? Optional.of(busy) : TooBusy.causing(e);
    if (overload.isPresent()) {
      ctx.header("Retry-After", String.valueOf(overload.get().retryAfterSeconds()));
      respond(ctx, refusal(overload.get()).orElseThrow());
      return;
    }
    Optional<Refusal> refusal = refusal(e);
    if (refusal.isEmpty()) {
      LOG.error("{} {} failed (request {})", ctx.method(), AccessLog.printable(ctx.path()), AccessLog.requestId(ctx), e);
    }
    respond(ctx, refusal.orElse(new Refusal(500, ErrorCode.SERVER_ERROR.code(), INTERNAL)));
  }

  /** The answer to a refusal; empty for an exception that is a fault, not a refusal. */
  static Optional<Refusal> refusal(Throwable e) {
    if (e instanceof ApiException a) {
      return Optional.of(Refusal.withParams(a.status(), a.code(), a.getMessage(), a.params()));
    } else if (e instanceof BadInput b) {
      return Optional.of(Refusal.withParams(400, b.code(), b.getMessage(), b.params()));
    } else if (e instanceof ReportRefused r) {
      return Optional.of(report(r));
    } else if (e instanceof UploadRefused u) {
      return Optional.of(switch (u.reason()) {
        case TOO_LARGE -> Refusal.withParams(413, u.code(), u.getMessage(), u.params());
        case UNSUPPORTED_TYPE -> Refusal.withParams(415, u.code(), u.getMessage(), u.params());
        case NOT_FOUND -> Refusal.withParams(404, u.code(), u.getMessage(), u.params());
        case UNREADABLE -> importRefused(u.code(), u.params(), u.getMessage(), u.problems());
      });
    } else if (e instanceof ImportFailedException f) {
      return Optional.of(importRefused(ErrorCode.IMPORT_REFUSED.code(), Map.of("count", f.problems().size()),
          f.getMessage(), f.problems()));
    } else if (e instanceof ImportLock.Held h) {
      return Optional.of(Refusal.withParams(409, ErrorCode.IMPORT_RUNNING.code(), h.getMessage(),
          Map.of("layer", h.layer().id())));
    } else if (e instanceof BadInputException b) {
      return Optional.of(importRefused(ErrorCode.IMPORT_REFUSED.code(), Map.of("count", 1),
          "import refused, nothing was written: " + b.getMessage(), List.of(b)));
    } else if (e instanceof parcelatlas.leads.LeadRefused l) {
      return Optional.of(Refusal.withParams(l.status(), l.code(), l.getMessage(), l.params()));
    } else if (e instanceof Enquiries.TooMany t) {
      return Optional.of(Refusal.withParams(429, ErrorCode.TOO_MANY_ENQUIRIES.code(), t.getMessage(), t.params()));
    } else if (e instanceof HttpResponseException h && h.getStatus() == 404) {
      return Optional.of(new Refusal(404, ErrorCode.NOT_FOUND.code(), NO_ROUTE));
    } else if (e instanceof HttpResponseException h && h.getStatus() < 500) {
      String code = ErrorCode.ofStatus(h.getStatus()).map(ErrorCode::code)
          .orElse(HttpStatus.forStatus(h.getStatus()).getMessage().replaceAll("[^A-Za-z]", ""));
      return Optional.of(new Refusal(h.getStatus(), code.isEmpty() ? "BadRequest" : code, h.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * A desk refusal: the code and parameters of its first problem (of its kind when it has none);
   * with more than one problem, all of them as {@code details} [{code, params, description}].
   */
  private static Refusal report(ReportRefused r) {
    int status = switch (r.kind()) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
    };
    String code = r.problems().isEmpty() ? switch (r.kind()) {
      case INVALID -> BadInput.CODE;
      case FORBIDDEN -> ErrorCode.FORBIDDEN.code();
      case NOT_FOUND -> ErrorCode.NOT_FOUND.code();
      case CONFLICT -> ErrorCode.CONFLICT.code();
    } : r.problems().get(0).code().code();
    Map<String, Object> extra = new LinkedHashMap<>();
    if (r.latest() != null) {
      extra.put("latest", r.latest());
    }
    if (r.problems().size() > 1) {
      extra.put("details", r.problems().stream().map(p -> Map.of("code", p.code().code(), "params", p.params(),
          "description", p.message())).toList());
    }
    return new Refusal(status, code, r.getMessage(), r.problems().isEmpty() ? Map.of() : r.problems().get(0).params(),
        extra);
  }

  /** 422 with the problems, each naming file, record and field. */
  private static Refusal importRefused(String code, Map<String, Object> params, String message,
      List<BadInputException> problems) {
    return new Refusal(422, code, message, params, Map.of("problems", ImportJson.problems(problems)));
  }

  static Map<String, Object> body(String code, String description) {
    return body(code, description, Map.of());
  }

  /** {@code {"code", "description", "params"}}: the stable code, the English message, the code's values. */
  static Map<String, Object> body(String code, String description, Map<String, Object> params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("description", description);
    body.put("params", params);
    return body;
  }

  private static void respond(Context ctx, Refusal r) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    drainBody(ctx);
    ctx.status(r.status());
    if (OgcFormat.wantsHtml(ctx)) {
      ctx.header("Vary", "Accept");
      String query = ctx.queryString();
      String json = OgcFormat.withF(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query), "json");
      ctx.html(OgcHtmlError.page(r.status(), r.code(), r.description(), json));
    } else {
      Map<String, Object> body = body(r.code(), r.description(), r.params());
      body.putAll(r.extra());
      ctx.result(Json.write(body)).contentType("application/json");
    }
  }

  /** The largest request body a refusal reads to its end (see {@link #drainBody}). */
  static final long DRAIN_BYTES = 1L << 20;

  /**
   * Reads what is left of a request body of at most {@link #DRAIN_BYTES} before refusing it (a
   * request refused before its handler read the body: too large, over a limit, signed out).
   * Unread, the server closes the connection after the answer while the client is still sending,
   * and the client may see the connection reset instead of the answer. Larger bodies (or bodies of
   * unknown length) are not read: the answer says {@code Connection: close}, so a client does not
   * send its next request on a connection the server is closing; a client that asked
   * {@code Expect: 100-continue} (curl does for bodies over 1 MB) gets the answer before sending.
   */
  private static void drainBody(Context ctx) {
    long length = ctx.contentLength();
    if (length > DRAIN_BYTES || (length < 0 && ctx.header("Transfer-Encoding") != null)) {
      ctx.header("Connection", "close");
      return;
    }
    if (length <= 0) {
      return;
    }
    byte[] buffer = new byte[8192];
    try {
      java.io.InputStream in = ctx.req().getInputStream();
      long read = 0;
      for (int n = in.read(buffer); n >= 0 && read <= DRAIN_BYTES; n = in.read(buffer)) {
        read += n;
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the client went away, or the body was read another way: nothing to drain
    }
  }
}
