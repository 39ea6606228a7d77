package parcelatlas.investor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parcelatlas.domain.LandUse;
import parcelatlas.io.JsonObjects;

/**
 * What an investor needs; every member optional. Parsed from a JSON object; unknown members and
 * malformed values are refused with a message naming the member.
 */
public record MatchRequest(
    Double minMu, Double maxMu, List<String> landUses, Double minHeightM, List<String> needs,
    Double maxTotalPriceWan, String industry, String park, int limit) {

  public static final int MAX_LIMIT = 100;
  private static final Set<String> MEMBERS = Set.of("min_mu", "max_mu", "land_use", "min_height_m", "needs",
      "max_total_price_wan", "industry", "park", "limit");

  public static MatchRequest parse(JsonNode body) {
    JsonObjects.requireObject(body, MEMBERS);
    List<String> uses = strings(body, "land_use");
    for (String use : uses) {
      if (java.util.Arrays.stream(LandUse.values()).noneMatch(u -> u.code().equals(use))) {
        throw new IllegalArgumentException("land_use '" + use + "' is not a land-use code such as M1");
      }
    }
    List<String> needs = strings(body, "needs");
    for (String need : needs) {
      if (!Servicing.COLUMNS.containsKey(need)) {
        throw new IllegalArgumentException("needs '" + need + "' is not one of " + Servicing.COLUMNS.keySet());
      }
    }
    Double limit = number(body, "limit");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
    }
    return new MatchRequest(number(body, "min_mu"), number(body, "max_mu"), uses, number(body, "min_height_m"),
        needs, number(body, "max_total_price_wan"), text(body, "industry"), text(body, "park"),
        limit == null ? 20 : limit.intValue());
  }

  private static Double number(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber() || node.asDouble() < 0) {
      throw new IllegalArgumentException(name + " must be a number of at least 0");
    }
    return node.asDouble();
  }

  private static String text(JsonNode body, String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    if (!node.isTextual() || node.asText().length() > 100) {
      throw new IllegalArgumentException(name + " must be a short text");
    }
    return node.asText().strip();
  }

  private static List<String> strings(JsonNode body, String name) {
    JsonNode node = body.get(name);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(name + " must be a list");
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(name + " must be a list of texts");
      }
      values.add(item.asText());
    }
    return values;
  }
}
