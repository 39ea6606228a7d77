package parcelatlas.features;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parcelatlas.catalog.FieldKind;
import parcelatlas.domain.Servicing;

/**
 * What {@link FeatureJsonRows} needs of a collection besides its rows, found once for the life of the
 * JVM: the properties' encoded names (and their {@code ,"name":} bytes) and kinds, and where area, industry and the servicing columns are
 * among them (-1: not served). Found per page (a stream over the servicing columns, each a search by name), it was
 * 1.5% of the portal's CPU of a small items page.
 */
record RowsLayout(SerializedString[] names, byte[][] starts, FieldKind[] kinds, int areaM2, int industry, int[] servicing) {
  private static final Map<ServedCollection, RowsLayout> LAYOUTS = layouts();

  /** The layout of {@code collection}'s rows. */
  static RowsLayout of(ServedCollection collection) {
    return LAYOUTS.get(collection);
  }

  /** The place of the property {@code name} among {@code properties}, -1 when not served. */
  static int index(List<Property> properties, String name) {
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static Map<ServedCollection, RowsLayout> layouts() {
    Map<ServedCollection, RowsLayout> layouts = new EnumMap<>(ServedCollection.class);
    List<String> derived = List.of("area_mu", "area_ha", "industry_catalogue_en", "leading_industries_catalogue_en",
        "signed_pct", "demolished_pct", "cleared_pct", "overdue");
    for (ServedCollection c : ServedCollection.values()) {
      java.util.Set<String> seen = new java.util.HashSet<>(derived);
      for (Property p : c.properties()) {
        if (!seen.add(p.name())) { // a map would keep one value where this writer writes two: not the same bytes
          throw new IllegalStateException(c.id() + " serves " + p.name() + " twice or as a derived value too");
        }
      }
      List<Property> properties = c.properties();
      String industry = c == ServedCollection.PARCELS ? "industry" : c == ServedCollection.PARKS ? "leading_industries" : "";
      SerializedString[] names = properties.stream().map(p -> new SerializedString(p.name())).toArray(SerializedString[]::new);
      layouts.put(c, new RowsLayout(names, RawMembers.starts(names), properties.stream().map(Property::kind).toArray(FieldKind[]::new),
          index(properties, "area_m2"), index(properties, industry),
          Servicing.COLUMNS.values().stream().mapToInt(name -> index(properties, name)).toArray()));
    }
    return layouts;
  }
}
