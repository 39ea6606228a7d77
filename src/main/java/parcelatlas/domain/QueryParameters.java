package parcelatlas.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every paged or filtered GET shares for its query parameters (name → values): only the
 * names it knows, each given at most once, each bounded in length, lists of codes or names
 * bounded in count and in each item's length. Every refusal is a {@link BadInput} naming the
 * parameter.
 */
public final class QueryParameters {
  private QueryParameters() {}

  /** Refuses any parameter not among {@code allowed}, naming it and listing the allowed ones. */
  public static void requireKnown(Map<String, List<String>> params, Set<String> allowed) {
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        throw new BadInput(ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '" + name + "'; allowed: " + allowed,
            "field", name, "allowed", List.copyOf(allowed));
      }
    }
  }

  /** The one value of {@code name}, stripped (empty when given empty); null when absent. */
  public static String single(Map<String, List<String>> params, String name, int maxLength) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new BadInput(ErrorCode.REPEATED_PARAMETER, name + " may be given once", "field", name);
    }
    if (values.get(0).length() > maxLength) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, name + " may be at most " + maxLength + " characters long",
          "field", name, "max", maxLength);
    }
    return values.get(0).strip();
  }

  /** As {@link #single}, but a blank value counts as absent (null). */
  public static String text(Map<String, List<String>> params, String name, int maxLength) {
    String value = single(params, name, maxLength);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * The comma-separated items of {@code name} (stripped, empty ones dropped, each once, in order):
   * at most {@code maxItems} of at most {@code maxEach} characters each; empty when absent.
   */
  public static List<String> list(Map<String, List<String>> params, String name, int maxItems, int maxEach) {
    String text = text(params, name, maxItems * (maxEach + 1));
    if (text == null) {
      return List.of();
    }
    List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (items.size() > maxItems) {
      throw new BadInput(ErrorCode.TOO_MANY_ITEMS, name + " may list at most " + maxItems + " items",
          "field", name, "max", maxItems);
    }
    for (String item : items) {
      if (item.length() > maxEach) {
        throw new BadInput(ErrorCode.TEXT_TOO_LONG, "each of " + name + " may be at most " + maxEach
            + " characters long", "field", name, "max", maxEach);
      }
    }
    return items;
  }
}
