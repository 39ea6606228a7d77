package parcelatlas.features;

import java.util.List;
import parcelatlas.domain.Servicing;

/**
 * The servicing label (三通一平, 五通一平, 七通一平 or null) of every combination of servicing columns,
 * by {@link Servicing#label}'s rule, worked out once, for writers that put it on each row
 * ({@link FeatureJsonRows}): no map or name look-up per row.
 */
final class ServicingLabels {
  private static final List<String> COLUMNS = List.copyOf(Servicing.COLUMNS.values());
  private static final String[] LABELS = labels();

  private ServicingLabels() {}

  /** The label when exactly the columns of these bits are true: bit i for the i-th of {@link Servicing#COLUMNS}. */
  static String of(int bits) {
    return LABELS[bits];
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
