package parcelatlas.features;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English catalogue names of an industry text ({@link Derived#catalogueEn}) as a JSON string encoded
 * once, for writers that put them on each row ({@link FeatureJsonRows}): a row's names are copied, not
 * encoded again (a parcel's names are ~20–60 characters, written on every row of a page). Kept for the
 * last few thousand distinct texts, as {@code CategoryNames} keeps the names themselves.
 */
final class CatalogueEnJson {
  private static final int KEPT = 4096;
  private static final Map<String, SerializedString> KNOWN = new ConcurrentHashMap<>();
  /** The entry of a text that maps to no category (its names are null). */
  private static final SerializedString NONE = new SerializedString("");

  private CatalogueEnJson() {}

  /** The names of {@code industry} as JSON, or null when it has none (null, blank, no category). */
  static SerializedString of(String industry) {
    if (industry == null) {
      return null;
    }
    SerializedString json = KNOWN.get(industry);
    if (json == null) {
      if (KNOWN.size() >= KEPT) {
        KNOWN.clear();
      }
      String names = Derived.catalogueEn(industry);
      json = names == null ? NONE : new SerializedString(names);
      KNOWN.put(industry, json);
    }
    return json == NONE ? null : json;
  }
}
