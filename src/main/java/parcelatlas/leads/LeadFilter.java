package parcelatlas.leads;

import java.util.function.Function;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.PlainText;

/**
 * What the inbox lists: optionally one status, one park, only overdue leads; a page of at most
 * {@code limit} (1–200, default 50) leads with ids below {@code before} (keyset paging, newest first).
 */
public record LeadFilter(LeadStatus status, String park, boolean overdue, Long before, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses the query parameters ({@code param} gives a parameter's value or null); BadInput names the field. */
  public static LeadFilter parse(Function<String, String> param) {
    String status = param.apply("status");
    String park = param.apply("park");
    if (park != null && (park.isBlank() || park.length() > 64)) {
      throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "park must be a park code of 1 to 64 characters",
          "field", "park");
    }
    if (park != null) {
      PlainText.require("park", park, false);
    }
    String overdue = param.apply("overdue");
    if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
      throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "overdue must be true or false", "field", "overdue");
    }
    return new LeadFilter(status == null || status.isEmpty() ? null : LeadStatus.parse("status", status),
        park == null ? null : park.strip(), "true".equals(overdue), number(param, "before", 1, Long.MAX_VALUE),
        number(param, "limit", 1, MAX_LIMIT) == null ? DEFAULT_LIMIT : number(param, "limit", 1, MAX_LIMIT).intValue());
  }

  private static Long number(Function<String, String> param, String field, long min, long max) {
    String text = param.apply(field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, field + " must be a whole number from " + min + " to " + max,
        "field", field, "min", min, "max", max);
  }
}
