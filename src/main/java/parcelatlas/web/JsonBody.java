package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a request's JSON body. Only {@code application/json} is accepted, which also keeps plain
 * cross-site form posts out.
 */
final class JsonBody {
  private JsonBody() {}

  static JsonNode read(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json",
          "expected", "application/json");
    }
    try {
      return Json.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest(ErrorCode.BODY_NOT_JSON, "the body is not valid JSON");
    }
  }

  /**
   * A member's text: null when the member is absent or null; 400 {@code TextExpected} naming it
   * when it holds another kind of value. The body itself is bounded by {@link BodyLimits}.
   */
  static String text(JsonNode body, String member) {
    JsonNode value = body.path(member);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest(ErrorCode.TEXT_EXPECTED, member + " must be a string", "field", member);
    }
    return value.asText();
  }
}
