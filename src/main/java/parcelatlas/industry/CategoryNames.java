package parcelatlas.industry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The English names of the catalogue categories an industry text maps to ("锂电池及储能系统" →
 * "New energy"), joined by ", "; null when it maps to none. What an English page shows for an
 * industry that has no English text of its own. Results are kept for the last few thousand
 * distinct texts (a layer has few), so serving a page of rows does not run the patterns per row.
 */
public final class CategoryNames {
  private static final int KEPT = 4096;
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
  private static final String NONE = "";

  private CategoryNames() {}

  public static String english(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String names = KNOWN.get(text);
    if (names == null) {
      if (KNOWN.size() >= KEPT) {
        KNOWN.clear();
      }
      IndustryCatalogue catalogue = IndustryCatalogue.get();
      List<String> codes = catalogue.codesOf(text);
      names = codes.stream().map(c -> catalogue.byCode(c).map(IndustryCategory::en).orElse(c))
          .collect(Collectors.joining(", "));
      KNOWN.put(text, names);
    }
    return names.equals(NONE) ? null : names;
  }
}
