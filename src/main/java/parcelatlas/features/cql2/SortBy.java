package parcelatlas.features.cql2;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.SortKey;

/**
 * OGC {@code sortby}: comma-separated property names, each ascending unless prefixed with
 * {@code -} ({@code +} may mark ascending; in a URL it arrives as a space). Names must be the
 * collection's served properties; at most {@value #MAX_KEYS} keys, none twice.
 */
public final class SortBy {
  public static final int MAX_KEYS = 8;

  private SortBy() {}

  public static List<SortKey> parse(String text, ServedCollection collection) {
    List<SortKey> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : text.split(",", -1)) {
      String key = item.strip();
      boolean descending = key.startsWith("-");
      if (descending || key.startsWith("+")) {
        key = key.substring(1).strip();
      }
      if (key.isEmpty()) {
        throw new BadInput(ErrorCode.SORTBY_INVALID, "sortby: an empty key in '" + text
            + "'; write e.g. sortby=name,-area_m2");
      }
      Property p = Queryables.find(collection, key).orElseThrow(() -> new BadInput(ErrorCode.SORTBY_INVALID,
          "sortby: unknown property '" + item.strip() + "' of " + collection.id() + "; sortable: "
              + collection.properties().stream().map(Property::name).collect(java.util.stream.Collectors.joining(", ")), "property", item.strip()));
      if (!seen.add(key)) {
        throw new BadInput(ErrorCode.SORTBY_INVALID, "sortby: '" + key + "' is given twice", "property", key);
      }
      if (keys.size() == MAX_KEYS) {
        throw new BadInput(ErrorCode.SORTBY_INVALID, "sortby: at most " + MAX_KEYS + " keys");
      }
      keys.add(new SortKey(p, descending));
    }
    return keys;
  }
}
