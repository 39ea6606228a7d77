package parcelatlas.investor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.QueryParameters;
import parcelatlas.features.BBox;

/**
 * What a page asks of the park summaries ({@code GET /api/investor/parks}): the parks in a map view
 * ({@code bbox}, optionally only those at least {@code min_width} degrees wide), a name search
 * ({@code q}), or the parks of given {@code codes} or Chinese {@code names}; all given filters are
 * ANDed, and the answer is one page of at most {@code limit} parks in code order, after
 * {@code cursor} (the last code of the previous page). Every parameter is bounded; a bad one is a
 * {@link BadInput} naming it.
 *
 * @param bbox the view (WGS84): parks whose box meets it, or null
 * @param minWidth parks at least this many degrees of longitude wide (0: any)
 * @param q text found in the Chinese or English name, or the start of the code, or null
 * @param codes the parks of these codes only (empty: any)
 * @param names the parks of these Chinese names only (empty: any)
 * @param limit at most this many parks
 * @param cursor parks after this code, or null from the first
 */
public record ParkQuery(BBox bbox, double minWidth, String q, List<String> codes, List<String> names, int limit,
    String cursor) {
  /** The page size of a request that gives none. */
  public static final int DEFAULT_LIMIT = 50;
  /** The largest page. */
  public static final int MAX_LIMIT = 200;
  /** At most this many codes or names in one request. */
  public static final int MAX_KEYS = 200;
  /** The longest search text. */
  public static final int MAX_Q = 50;
  /** The longest code (and cursor) and name, as the columns hold them. */
  public static final int MAX_CODE = 64;
  public static final int MAX_NAME = 200;
  static final Set<String> PARAMETERS = new TreeSet<>(Set.of("bbox", "min_width", "q", "codes", "names", "limit",
      "cursor"));

  /** Parses query parameters; throws BadInput naming the parameter at fault. */
  public static ParkQuery parse(Map<String, List<String>> params) {
    QueryParameters.requireKnown(params, PARAMETERS);
    String box = single(params, "bbox", 200);
    BBox bbox = null;
    if (box != null) {
      try {
        bbox = BBox.parse(box);
      } catch (BadInput e) {
        throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, "bbox: " + e.getMessage(), "field", "bbox");
      }
    }
    String q = single(params, "q", MAX_Q);
    String cursor = single(params, "cursor", MAX_CODE);
    return new ParkQuery(bbox, number(params, "min_width", 0, 360, false, 0), q, keys(params, "codes", MAX_CODE),
        keys(params, "names", MAX_NAME), (int) number(params, "limit", 1, MAX_LIMIT, true, DEFAULT_LIMIT), cursor);
  }

  private static List<String> keys(Map<String, List<String>> params, String name, int maxEach) {
    return QueryParameters.list(params, name, MAX_KEYS, maxEach);
  }

  private static double number(Map<String, List<String>> params, String name, double min, double max, boolean whole,
      double absent) {
    String text = single(params, name, 40);
    if (text == null) {
      return absent;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new BadInput(ErrorCode.NUMBER_EXPECTED, name + " must be a number", "field", name, "value", text);
    }
    if (!(value >= min && value <= max) || (whole && value != Math.rint(value))) {
      if (whole) {
        throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, name + " must be a whole number from "
            + (long) min + " to " + (long) max, "field", name, "min", (long) min, "max", (long) max);
      }
      throw new BadInput(ErrorCode.NUMBER_OUT_OF_RANGE, name + " must be a number from " + min + " to " + max,
          "field", name, "min", min, "max", max, "unit", "°");
    }
    return value;
  }

  private static String single(Map<String, List<String>> params, String name, int max) {
    return QueryParameters.text(params, name, max);
  }

}
