package parcelatlas.leads;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.QueryParameters;
import parcelatlas.domain.PlainText;

/**
 * Which parks' lead counts a page asks for ({@code GET /api/leads/counts}): the parks with any lead
 * the viewer may see, in park-code order, at most {@code limit} (1–{@link #MAX_LIMIT}, default
 * {@link #DEFAULT_LIMIT}) after {@code cursor} (the {@code next} of the previous page; the leads
 * without a park come first under the code {@code ""}, so {@code cursor=} given empty means "after
 * those"), or only the parks of {@code codes} (1–{@link #MAX_CODES} codes of at most
 * {@link #MAX_CODE} characters). Unknown or repeated parameters are refused naming them.
 *
 * @param cursor null from the first park; else the parks whose code sorts after it
 */
public record LeadCountQuery(List<String> codes, int limit, String cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
  public static final int MAX_CODES = 200;
  public static final int MAX_CODE = 64;
  static final Set<String> PARAMETERS = new TreeSet<>(Set.of("codes", "limit", "cursor"));

  /** The first page of every park with leads. */
  public static LeadCountQuery firstPage() {
    return new LeadCountQuery(List.of(), DEFAULT_LIMIT, null);
  }

  /** Parses the query parameters (name → values); BadInput names the parameter at fault. */
  public static LeadCountQuery parse(Map<String, List<String>> params) {
    QueryParameters.requireKnown(params, PARAMETERS);
    List<String> list = QueryParameters.list(params, "codes", MAX_CODES, MAX_CODE);
    for (String code : list) {
      PlainText.require("codes", code, false);
    }
    String cursor = QueryParameters.single(params, "cursor", MAX_CODE);
    if (cursor != null) {
      PlainText.require("cursor", cursor, false);
    }
    String limit = QueryParameters.single(params, "limit", 10);
    int n = DEFAULT_LIMIT;
    if (limit != null && !limit.isEmpty()) {
      if (!limit.matches("\\d{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
        throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, "limit must be a whole number from 1 to " + MAX_LIMIT,
            "field", "limit", "min", 1, "max", MAX_LIMIT);
      }
      n = Integer.parseInt(limit);
    }
    return new LeadCountQuery(list, n, cursor);
  }
}
