package parcelatlas.web;

import io.javalin.http.Context;
import java.util.List;
import parcelatlas.domain.ErrorCode;

/**
 * The {@code count} query parameter of the OGC items endpoint and the investor search:
 * {@code count=true} asks for numberMatched (counted up to the cap) on a page that does not hold
 * every match; without it (or with {@code count=false}) such a page leaves numberMatched out, and
 * its request runs no count statement. A page that holds every match always tells it (for free).
 */
final class CountParameter {
  static final String NAME = "count";
  private static final List<String> VALUES = List.of("true", "false");

  private CountParameter() {}

  /** Whether the request asks for a count; anything but one {@code true} or {@code false} is a 400 naming {@code count}. */
  static boolean of(Context ctx) {
    List<String> values = ctx.queryParams(NAME);
    if (values.isEmpty()) {
      return false;
    }
    if (values.size() > 1 || !VALUES.contains(values.get(0))) {
      throw ApiException.badRequest(ErrorCode.NOT_ONE_OF, "count must be given once, as true or false", "field", NAME,
          "value", String.join(",", values), "allowed", VALUES);
    }
    return values.get(0).equals("true");
  }
}
