package parcelatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.domain.Labelled;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;

/**
 * The columns an export writes: the served properties plus the derived ones, in order; with
 * Chinese names ({@link ExportRequest#chineseNames()}) each is headed by the name the import's
 * default mapping reads back ({@link ChineseTitles}) and a coded value is written as its Chinese label.
 */
final class Columns {
  /**
   * A column: its property name, kind, the name the file gives it, and the code list whose Chinese
   * labels it writes (null: values as they are).
   */
  record Column(String name, FieldKind kind, String title, Class<? extends Labelled> labels) {
    /** The value as the file holds it: a code's Chinese label when this column writes labels. */
    Object out(Object value) {
      if (labels == null || value == null) {
        return value;
      }
      for (Labelled l : labels.getEnumConstants()) {
        if (l.code().equals(value)) {
          return l.zh();
        }
      }
      return value;
    }

    /** The longest text this column may write, given the longest stored value (characters). */
    int longest(int stored) {
      int longest = stored;
      if (labels != null) {
        for (Labelled l : labels.getEnumConstants()) {
          longest = Math.max(longest, l.zh().length());
        }
      }
      return longest;
    }
  }

  private Columns() {}

  /** The columns of an export, named and valued as its options ask. */
  static List<Column> of(ExportRequest r) {
    ServedCollection collection = r.collection();
    List<Property> properties = new ArrayList<>(collection.properties());
    if (r.internalFields()) {
      properties.addAll(collection.internalProperties());
    }
    Map<String, String> titles = r.chineseNames() ? ChineseTitles.of(collection) : Map.of();
    List<Column> columns = new ArrayList<>();
    for (Property p : properties) {
      Class<? extends Labelled> codes = r.chineseNames()
          ? collection.layer().field(p.name()).map(Field::codes).orElse(null) : null;
      columns.add(new Column(p.name(), p.kind(), titles.getOrDefault(p.name(), p.name()), codes));
    }
    List<Column> derived = new ArrayList<>();
    if (collection.layer().geometry() == GeometryKind.POLYGON) {
      derived.add(new Column("area_mu", FieldKind.NUMBER, null, null));
      derived.add(new Column("area_ha", FieldKind.NUMBER, null, null));
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      derived.add(new Column("signed_pct", FieldKind.NUMBER, null, null));
      derived.add(new Column("demolished_pct", FieldKind.NUMBER, null, null));
      derived.add(new Column("cleared_pct", FieldKind.NUMBER, null, null));
      derived.add(new Column("overdue", FieldKind.BOOLEAN, null, null));
    }
    for (Column c : derived) {
      columns.add(new Column(c.name(), c.kind(), titles.getOrDefault(c.name(), c.name()), null));
    }
    return columns;
  }
}
