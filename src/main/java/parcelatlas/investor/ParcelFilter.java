package parcelatlas.investor;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.QueryParameters;
import parcelatlas.domain.BadInput;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.context.ContextSql;
import parcelatlas.domain.ContextKind;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.Servicing;
import parcelatlas.features.BBox;
import parcelatlas.domain.Labelled;
import parcelatlas.industry.IndustryCatalogue;

/**
 * An investor's search: every member optional. Parsed from query parameters; anything unknown or
 * malformed is refused with a message naming the parameter. Every parameter is bounded: given
 * once, at most {@link #MAX_TEXT} characters ({@link #MAX_CURSOR} for the cursor), numbers finite
 * and from 0 to their maximum (亩 and price as in {@link MatchRequest}).
 *
 * @param industry a category code of the industry catalogue ({@link IndustryCatalogue}), or null
 * @param keyword words in Chinese or English: parcels of the categories they name, or whose industry
 *     orientation contains them literally; or null
 * @param bbox the map's view: parcels intersecting it (WGS84), or null for anywhere
 * @param sort one of {@link #SORTS}
 * @param cursor the {@code next} of the previous page (keyset paging), or null; not with an offset
 * @param maxKm {@code max_km.<kind>=10}: a point of that location-context kind ({@link ContextKind})
 *     at most so many km away on the ellipsoid (0 to {@link ContextSql#MAX_KM}); empty for none
 * @param statuses {@code status=available,listed}: supply status codes, any of them (each one of
 *     {@link #STATUSES}, the public ones); empty for every public parcel
 */
public record ParcelFilter(
    String park, List<String> landUses, Double minMu, Double maxMu, Double maxPrice,
    List<String> servicing, String industry, String keyword, BBox bbox, String sort, int limit, long offset, String cursor,
    Map<ContextKind, Double> maxKm, List<String> statuses) {

  public static final int DEFAULT_LIMIT = 500;
  public static final int MAX_LIMIT = 2000;
  public static final int MAX_TEXT = 100;
  /**
   * Deepest offset accepted: the database reads, and writes the GeoJSON of, every row an offset
   * skips (at 1M parcels, limit 2,000: offset 999,000 took 1.9 s, parallel workers included;
   * offset 20,000 0.32 s). The investor page's own paging stays below it (20 pages of 1,000); the
   * keyset cursor ({@code next}) pages on at the cost of one page, however deep.
   */
  public static final int MAX_OFFSET = 20_000;
  /**
   * Sort key → the same order as OGC {@code sortby} over the parcels collection (the code, then
   * the id, break ties; missing prices sort last ascending, first descending, as on /ogc). The
   * total price is {@link parcelatlas.features.ServedCollection#TOTAL_PRICE_WAN}; the status sorts
   * by its code (available 净地可供 before listed 挂牌中).
   */
  public static final Map<String, String> SORTS = Map.of(
      "code", "code",
      "area_mu", "area_m2,code",
      "-area_mu", "-area_m2,code",
      "price", "price_wan_per_mu,code",
      "-price", "-price_wan_per_mu,code",
      "total_price", "total_price_wan,code",
      "-total_price", "-total_price_wan,code",
      "status", "status,code",
      "-status", "-status,code");
  /** Longest cursor accepted, in characters (the server's cursors for these sorts are far shorter). */
  public static final int MAX_CURSOR = 1000;
  /** The prefix of the location-context parameters: {@code max_km.highway_exit=10}. */
  static final String MAX_KM = "max_km.";
  static final Set<String> PARAMETERS = Set.of("park", "land_use", "min_mu", "max_mu", "max_price",
      "servicing", "industry", "keyword", "bbox", "sort", "limit", "offset", "cursor", "status");
  /** The supply statuses a search may ask for: those investors see ({@link ParcelStatus#isPublic()}), in code order. */
  public static final List<String> STATUSES = Arrays.stream(ParcelStatus.values()).filter(ParcelStatus::isPublic)
      .map(ParcelStatus::code).sorted().toList();

  public static ParcelFilter everything() {
    return new ParcelFilter(null, List.of(), null, null, null, List.of(), null, null, null, "code", MAX_LIMIT, 0, null,
        Map.of(), List.of());
  }

  /** Parses query parameters; throws BadInput naming the parameter at fault. */
  public static ParcelFilter parse(Map<String, List<String>> params) {
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name) && !name.startsWith(MAX_KM)) {
        throw new BadInput(ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '" + name + "'; allowed: "
            + String.join(", ", PARAMETERS.stream().sorted().toList()), "field", name,
            "allowed", PARAMETERS.stream().sorted().toList());
      }
    }
    List<String> uses = list(params, "land_use");
    for (String use : uses) {
      if (Labelled.parse(LandUse.class, use).filter(u -> u.code().equals(use)).isEmpty()) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, "land_use '" + use + "' is not one of "
            + Arrays.stream(LandUse.values()).map(LandUse::code).toList(), "field", "land_use", "value", use,
            "allowed", Arrays.stream(LandUse.values()).map(LandUse::code).toList());
      }
    }
    List<String> servicing = list(params, "servicing");
    for (String need : servicing) {
      if (!Servicing.COLUMNS.containsKey(need)) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, "servicing '" + need + "' is not one of "
            + Servicing.COLUMNS.keySet(), "field", "servicing", "value", need,
            "allowed", List.copyOf(Servicing.COLUMNS.keySet()));
      }
    }
    List<String> statuses = list(params, "status");
    for (String status : statuses) {
      if (!STATUSES.contains(status)) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, "status '" + status + "' is not one of " + STATUSES
            + " (investors see land-ready and listed parcels only)", "field", "status", "value", status,
            "allowed", STATUSES);
      }
    }
    String sort = single(params, "sort");
    if (sort != null && !SORTS.containsKey(sort)) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, "sort '" + sort + "' is not one of "
          + SORTS.keySet().stream().sorted().toList(), "field", "sort", "value", sort,
          "allowed", SORTS.keySet().stream().sorted().toList());
    }
    Double limit = number(params, "limit");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT || limit != Math.rint(limit))) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, "limit must be a whole number from 1 to " + MAX_LIMIT,
          "field", "limit", "min", 1, "max", MAX_LIMIT);
    }
    Double offset = number(params, "offset");
    if (offset != null && (offset < 0 || offset > MAX_OFFSET || offset != Math.rint(offset))) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, "offset must be a whole number from 0 to " + MAX_OFFSET
          + " (further pages: the cursor of next)", "field", "offset", "min", 0, "max", MAX_OFFSET);
    }
    String industry = single(params, "industry");
    List<String> codes = IndustryCatalogue.get().codes();
    if (industry != null && !codes.contains(industry)) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, "industry '" + industry + "' is not a category of the industry"
          + " catalogue (/api/industries): " + codes, "field", "industry", "value", industry, "allowed", codes);
    }
    String bbox = single(params, "bbox");
    String cursor = cursor(params);
    if (cursor != null && offset != null && offset > 0) {
      throw new BadInput("cursor: give either cursor or offset, not both");
    }
    return new ParcelFilter(single(params, "park"), uses, bounded(params, "min_mu", MatchRequest.MAX_MU),
        bounded(params, "max_mu", MatchRequest.MAX_MU), bounded(params, "max_price", MatchRequest.MAX_PRICE_WAN),
        servicing, industry, single(params, "keyword"), bbox == null ? null : BBox.parse(bbox), sort == null ? "code" : sort,
        limit == null ? DEFAULT_LIMIT : limit.intValue(), offset == null ? 0 : offset.longValue(), cursor,
        maxKm(params), statuses);
  }

  /** {@code max_km.<kind>} parameters, kinds from {@link ContextKind}, each 0 to {@link ContextSql#MAX_KM}. */
  private static Map<ContextKind, Double> maxKm(Map<String, List<String>> params) {
    Map<ContextKind, Double> limits = new java.util.EnumMap<>(ContextKind.class);
    List<String> kinds = Arrays.stream(ContextKind.values()).map(k -> MAX_KM + k.code()).toList();
    for (String name : params.keySet()) {
      if (!name.startsWith(MAX_KM)) {
        continue;
      }
      ContextKind kind = ContextKind.byCode(name.substring(MAX_KM.length()));
      if (kind == null) {
        throw new BadInput(ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '" + name + "'; the kinds are: " + kinds,
            "field", name, "allowed", kinds);
      }
      Double km = bounded(params, name, ContextSql.MAX_KM);
      if (km != null) {
        limits.put(kind, km);
      }
    }
    return limits;
  }

  /** The cursor text, given once and at most {@link #MAX_CURSOR} characters; read for the sort order later. */
  private static String cursor(Map<String, List<String>> params) {
    List<String> values = params.get("cursor");
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    if (values.size() > 1) {
      throw new BadInput("cursor may be given once");
    }
    if (values.get(0).length() > MAX_CURSOR) {
      throw new BadInput("cursor may be at most " + MAX_CURSOR + " characters long; pass the next value as given");
    }
    return values.get(0).strip();
  }

  private static String single(Map<String, List<String>> params, String name) {
    return QueryParameters.text(params, name, MAX_TEXT);
  }


  private static List<String> list(Map<String, List<String>> params, String name) {
    String text = single(params, name);
    return text == null ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static Double bounded(Map<String, List<String>> params, String name, double max) {
    Double value = number(params, name);
    if (value != null && (value < 0 || value > max)) {
      throw new BadInput(ErrorCode.NUMBER_OUT_OF_RANGE, name + " must be a number from 0 to " + SiteMatcher.fmt(max),
          "field", name, "min", 0, "max", max);
    }
    return value;
  }

  private static Double number(Map<String, List<String>> params, String name) {
    String text = single(params, name);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BadInput(ErrorCode.NUMBER_EXPECTED, name + " must be a number, got '" + text + "'",
          "field", name, "value", text);
    }
  }
}
