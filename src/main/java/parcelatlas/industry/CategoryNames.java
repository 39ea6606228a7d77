package parcelatlas.industry;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The English names of the catalogue categories an industry text maps to ("锂电池及储能系统" →
 * "New energy"), joined by ", "; null when it maps to none. What an English page shows for an
 * industry that has no English text of its own. Results are kept for the last few thousand
 * distinct texts (a layer has few), so serving a page of rows does not run the patterns per row,
 * with their JSON string encoded once for the writers that put them on every row.
 */
public final class CategoryNames {
  private static final int KEPT = 4096;
  private static final Map<String, Names> KNOWN = new ConcurrentHashMap<>();
  private static final Names NONE = new Names(null, null);

  /** A text's names, and the same as a JSON string (both null when it maps to no category). */
  private record Names(String english, SerializedString json) {}

  private CategoryNames() {}

  public static String english(String text) {
    return names(text).english();
  }

  /** {@link #english} as a JSON string encoded once, or null. */
  public static SerializedString englishJson(String text) {
    return names(text).json();
  }

  private static Names names(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    Names names = KNOWN.get(text);
    if (names == null) {
      if (KNOWN.size() >= KEPT) {
        KNOWN.clear();
      }
      IndustryCatalogue catalogue = IndustryCatalogue.get();
      List<String> codes = catalogue.codesOf(text);
      String joined = codes.stream().map(c -> catalogue.byCode(c).map(IndustryCategory::en).orElse(c))
          .collect(Collectors.joining(", "));
      names = joined.isEmpty() ? NONE : new Names(joined, new SerializedString(joined));
      KNOWN.put(text, names);
    }
    return names;
  }
}
