package parcelatlas.export;

import java.util.ArrayList;
import java.util.List;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.features.Property;
import parcelatlas.features.ServedCollection;

/** The columns an export writes: the served properties plus the derived ones, in order. */
final class Columns {
  /** A column: its property name and kind. */
  record Column(String name, FieldKind kind) {}

  private Columns() {}

  static List<Column> of(ServedCollection collection) {
    List<Column> columns = new ArrayList<>();
    for (Property p : collection.properties()) {
      columns.add(new Column(p.name(), p.kind()));
    }
    if (collection.layer().geometry() == GeometryKind.POLYGON) {
      columns.add(new Column("area_mu", FieldKind.NUMBER));
      columns.add(new Column("area_ha", FieldKind.NUMBER));
    }
    if (collection == ServedCollection.DEMOLITION_ZONES) {
      columns.add(new Column("signed_pct", FieldKind.NUMBER));
      columns.add(new Column("demolished_pct", FieldKind.NUMBER));
      columns.add(new Column("cleared_pct", FieldKind.NUMBER));
      columns.add(new Column("overdue", FieldKind.BOOLEAN));
    }
    return columns;
  }
}
