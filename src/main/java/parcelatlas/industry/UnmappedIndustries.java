package parcelatlas.industry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import parcelatlas.catalog.Layer;

/**
 * What an import could not map onto the catalogue: the distinct industry texts (a park's leading
 * industries, a parcel's orientation) that belong to no category, with how many records carry each.
 * Such records are imported all the same; the import reports them as a warning (information, not a
 * refusal), so the office can add a synonym or reword the text. Bounded: at most
 * {@link #MAX_TEXTS} distinct texts are remembered, the rest only counted.
 */
public final class UnmappedIndustries {
  public static final int MAX_TEXTS = 1000;
  private static final int SHOWN = 10;

  private final String field;
  private final Map<String, Long> texts = new LinkedHashMap<>();
  private long records;

  public UnmappedIndustries(Layer layer) {
    this.field = IndustryCatalogue.sourceField(layer);
  }

  /** Notes a record's values (field name → value) if its industry text maps to no category. */
  public void note(Map<String, Object> values) {
    if (field != null && values.get(field) instanceof String text && !text.isBlank()
        && IndustryCatalogue.get().codesOf(text).isEmpty()) {
      records++;
      if (texts.containsKey(text) || texts.size() < MAX_TEXTS) {
        texts.merge(text, 1L, Long::sum);
      }
    }
  }

  /** The warning, when some text was not mapped: the field, the records, the first texts with their counts. */
  public Optional<String> warning() {
    if (records == 0) {
      return Optional.empty();
    }
    String shown = texts.entrySet().stream().limit(SHOWN).map(e -> "“" + e.getKey() + "” (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
    int more = Math.max(0, texts.size() - SHOWN);
    return Optional.of("industry texts in '" + field + "' that match no category of the industry catalogue ("
        + records + " records, imported without a category): " + shown + (more > 0 ? " and " + more + " more" : ""));
  }

  /**
   * The warning's parts, for a page to word it in its language: {@code field}, {@code records},
   * {@code texts} (the first texts, each {@code {text, records}}) and {@code more} (other texts).
   */
  public Map<String, Object> warningParams() {
    List<Map<String, Object>> first = texts.entrySet().stream().limit(SHOWN)
        .map(e -> Map.<String, Object>of("text", e.getKey(), "records", e.getValue())).toList();
    return Map.of("field", String.valueOf(field), "records", records, "texts", first,
        "more", Math.max(0, texts.size() - SHOWN));
  }
}
