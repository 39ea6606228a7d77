package parcelatlas.features;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;
import parcelatlas.domain.Servicing;

/**
 * The servicing label (三通一平, 五通一平, 七通一平 or null) of every combination of servicing columns,
 * by {@link Servicing#label}'s rule, worked out and encoded as JSON once, for writers that put it on each row
 * ({@link FeatureJsonRows}): no map or name look-up per row.
 */
final class ServicingLabels {
  private static final List<String> COLUMNS = List.copyOf(Servicing.COLUMNS.values());
  private static final String[] LABELS = labels();
  /** Each label as JSON (quoted, UTF-8), encoded once: a row's label is copied, not encoded again. */
  private static final SerializedString[] JSON = java.util.Arrays.stream(LABELS)
      .map(label -> label == null ? null : new SerializedString(label)).toArray(SerializedString[]::new);

  private ServicingLabels() {}

  /**
   * The label when exactly the columns of these bits are true (bit i for the i-th of {@link
   * Servicing#COLUMNS}) as JSON, encoded once; null for no label.
   */
  static SerializedString json(int bits) {
    return JSON[bits];
  }

  /**
   * As {@link #json(int)}, of a row whose values a rows writer keeps by property index ({@code numbers},
   * non-zero for true; {@code nulls}): {@code servicing[b]} is the property of the b-th servicing column
   * (-1: none). A NULL column is not true.
   */
  static SerializedString json(int[] servicing, double[] numbers, boolean[] nulls) {
    int bits = 0;
    for (int b = 0; b < servicing.length; b++) {
      int i = servicing[b];
      if (i >= 0 && !nulls[i] && numbers[i] != 0) {
        bits |= 1 << b;
      }
    }
    return JSON[bits];
  }

  private static String[] labels() {
    String[] labels = new String[1 << COLUMNS.size()];
    for (int bits = 0; bits < labels.length; bits++) {
      int on = bits;
      labels[bits] = Servicing.label(column -> (on & 1 << COLUMNS.indexOf(column)) != 0);
    }
    return labels;
  }
}
