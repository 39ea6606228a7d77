package parcelatlas.investor;

import parcelatlas.context.ContextSql;
import parcelatlas.domain.ContextKind;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.PlainText;
import parcelatlas.domain.Servicing;
import parcelatlas.io.JsonObjects;

/**
 * What an investor needs; every member optional. Parsed from a JSON object; unknown members and
 * malformed values are refused with a message naming the member. Every member is bounded by its
 * purpose, before any work is done with it: {@code needs} lists at most the eight servicing
 * items and {@code land_use} at most the land-use codes, each once; texts are short;
 * numbers are finite and inside {@link #MAX_MU}, {@link #MAX_HEIGHT_M}, {@link #MAX_PRICE_WAN}.
 */
public record MatchRequest(
    Double minMu, Double maxMu, List<String> landUses, Double minHeightM, List<String> needs,
    Double maxTotalPriceWan, String industry, String park, int limit, Map<ContextKind, Double> nearKm) {

  public static final int MAX_LIMIT = 100;
  /** 100,000 亩 is about 67 km², larger than any park. */
  public static final double MAX_MU = 100_000;
  public static final double MAX_HEIGHT_M = 1_000;
  /** 10⁸ 万元 is one trillion yuan. */
  public static final double MAX_PRICE_WAN = 100_000_000;
  public static final int MAX_TEXT = 100;
  private static final Set<String> MEMBERS = Set.of("min_mu", "max_mu", "land_use", "min_height_m", "needs",
      "max_total_price_wan", "industry", "park", "limit", "near_km");

  public static MatchRequest parse(JsonNode body) {
    JsonObjects.requireObject(body, MEMBERS);
    List<String> codes = Arrays.stream(LandUse.values()).map(LandUse::code).toList();
    List<String> uses = strings(body, "land_use", codes);
    List<String> needs = strings(body, "needs", List.copyOf(Servicing.COLUMNS.keySet()));
    Double limit = number(body, "limit", MAX_LIMIT);
    if (limit != null && (limit < 1 || limit != Math.rint(limit))) {
      throw new BadInput(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, "limit must be a whole number from 1 to " + MAX_LIMIT,
          "field", "limit", "min", 1, "max", MAX_LIMIT);
    }
    return new MatchRequest(number(body, "min_mu", MAX_MU), number(body, "max_mu", MAX_MU), uses,
        number(body, "min_height_m", MAX_HEIGHT_M), needs, number(body, "max_total_price_wan", MAX_PRICE_WAN),
        text(body, "industry"), text(body, "park"), limit == null ? 20 : limit.intValue(), nearKm(body));
  }

  /**
   * {@code near_km}: {@code {"highway_exit": 10, …}}, kinds of {@link ContextKind} (each once, as
   * JSON members are), each more than 0 and at most {@link ContextSql#MAX_KM} km.
   */
  private static Map<ContextKind, Double> nearKm(JsonNode body) {
    JsonNode node = body.get("near_km");
    Map<ContextKind, Double> near = new java.util.EnumMap<>(ContextKind.class);
    if (node == null || node.isNull()) {
      return near;
    }
    List<String> kinds = Arrays.stream(ContextKind.values()).map(ContextKind::code).toList();
    if (!node.isObject()) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, "near_km must be an object of kinds " + kinds + " and km",
          "field", "near_km", "value", abbreviated(node), "allowed", kinds);
    }
    for (var member : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
      ContextKind kind = ContextKind.byCode(member.getKey());
      if (kind == null) {
        String key = abbreviated(com.fasterxml.jackson.databind.node.TextNode.valueOf(member.getKey()));
        throw new BadInput(ErrorCode.NOT_ONE_OF, "near_km '" + key + "' is not one of " + kinds,
            "field", "near_km", "value", key, "allowed", kinds);
      }
      double km = member.getValue().asDouble();
      if (!member.getValue().isNumber() || !Double.isFinite(km) || km <= 0 || km > ContextSql.MAX_KM) {
        String field = "near_km." + kind.code();
        throw new BadInput(ErrorCode.NUMBER_OUT_OF_RANGE, field + " must be a number of km more than 0 and at most "
            + SiteMatcher.fmt(ContextSql.MAX_KM), "field", field, "min", 0, "max", ContextSql.MAX_KM);
      }
      near.put(kind, km);
    }
    return near;
  }

  private static Double number(JsonNode body, String name, double max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    double value = node.asDouble();
    if (!node.isNumber() || !Double.isFinite(value) || value < 0 || value > max) {
      throw new BadInput(ErrorCode.NUMBER_OUT_OF_RANGE, name + " must be a number from 0 to " + SiteMatcher.fmt(max),
          "field", name, "min", 0, "max", max);
    }
    return value;
  }

  private static String text(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().length() > MAX_TEXT) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, name + " must be a text of at most " + MAX_TEXT + " characters",
          "field", name, "max", MAX_TEXT);
    }
    String value = PlainText.require(name, node.asText(), false).strip();
    return value.isEmpty() ? null : value;
  }

  /** A list of distinct values from {@code allowed}: so never longer than {@code allowed}. */
  private static List<String> strings(JsonNode body, String name, List<String> allowed) {
    JsonNode node = body.get(name);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw new BadInput(ErrorCode.LIST_EXPECTED, name + " must be a list", "field", name);
    }
    if (node.size() > allowed.size()) {
      throw new BadInput(ErrorCode.TOO_MANY_ITEMS, name + " may list at most " + allowed.size()
          + " items, each once, from " + allowed, "field", name, "max", allowed.size());
    }
    for (JsonNode item : node) {
      if (!item.isTextual() || !allowed.contains(item.asText())) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, name + " '" + abbreviated(item) + "' is not one of " + allowed,
            "field", name, "value", abbreviated(item), "allowed", List.copyOf(allowed));
      }
      if (values.contains(item.asText())) {
        throw new BadInput(ErrorCode.LISTED_TWICE, name + " lists '" + item.asText() + "' more than once",
            "field", name, "value", item.asText());
      }
      values.add(item.asText());
    }
    return values;
  }

  private static String abbreviated(JsonNode item) {
    String text = item.isTextual() ? item.asText() : item.toString();
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
