package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An export's options as name → text, from the query string of a GET or from the body of a POST
 * (an HTML form, {@code application/x-www-form-urlencoded}, or a JSON object whose {@code within}
 * may be the GeoJSON object itself). A POST carries its options only in the body, so long drawn
 * polygons need not fit in a URL. Unknown names, and a name given twice, are refused naming them.
 */
final class ExportParams {
  private ExportParams() {}

  static Map<String, String> read(Context ctx, Set<String> allowed) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    if (ctx.method() == HandlerType.POST) {
      if (!ctx.queryParamMap().isEmpty()) {
        throw ApiException.badRequest(ErrorCode.BAD_REQUEST, "a POST export takes its options in the body, not the URL");
      }
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      if (type.startsWith("application/json")) {
        fromJson(JsonBody.read(ctx), raw);
      } else if (type.startsWith("application/x-www-form-urlencoded")) {
        raw.putAll(ctx.formParamMap());
      } else {
        throw new ApiException(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            "send the options as application/x-www-form-urlencoded or application/json",
            "expected", "application/x-www-form-urlencoded, application/json");
      }
    } else {
      raw.putAll(ctx.queryParamMap());
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badRequest(ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '" + e.getKey()
            + "'; allowed: " + String.join(", ", new TreeSet<>(allowed)), "field", e.getKey(),
            "allowed", List.copyOf(new TreeSet<>(allowed)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest(ErrorCode.REPEATED_PARAMETER, "parameter '" + e.getKey()
            + "' is given more than once", "field", e.getKey());
      }
      options.put(e.getKey(), e.getValue().isEmpty() ? null : e.getValue().get(0));
    }
    return options;
  }

  private static void fromJson(JsonNode body, Map<String, List<String>> raw) {
    if (!body.isObject()) {
      throw ApiException.badRequest(ErrorCode.BODY_NOT_OBJECT, "the body must be a JSON object of export options");
    }
    body.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      raw.put(e.getKey(), List.of(v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString()));
    });
  }
}
