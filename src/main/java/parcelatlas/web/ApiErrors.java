package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into JSON error responses ({"code", "description"}), in one place. */
final class ApiErrors {
  static final String INTERNAL = "the server failed to answer; the error has been logged";
  static final String NO_ROUTE = "no such resource";
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static void register(JavalinConfig config) {
    config.routes.exception(ApiException.class, (e, ctx) -> {
      ctx.status(e.status());
      ctx.result(Json.write(body(e.code(), e.getMessage()))).contentType("application/json");
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500);
      ctx.result(Json.write(body("ServerError", INTERNAL))).contentType("application/json");
    });
    config.routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        ctx.result(Json.write(body("NotFound", NO_ROUTE))).contentType("application/json");
      }
    });
  }

  static Map<String, Object> body(String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("description", description);
    return body;
  }
}
