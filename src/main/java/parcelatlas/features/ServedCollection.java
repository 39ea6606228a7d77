package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parcelatlas.catalog.Audience;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.Layer;

/**
 * What a layer serves: its stored fields except internal ones, aliased {@code t}, plus the
 * properties joined in from other tables. Derived values (亩, ha, percentages) are added by
 * {@link Derived} after the query.
 */
public enum ServedCollection {
  PARKS(Layer.PARKS, "", List.of(new Property("area_m2", "t.area_m2", FieldKind.NUMBER))),
  PARCELS(Layer.PARCELS, " LEFT JOIN parks p ON p.code = t.park_code", List.of(
      new Property("park_name", "p.name", FieldKind.TEXT),
      new Property("area_m2", "t.area_m2", FieldKind.NUMBER))),
  PROJECTS(Layer.PROJECTS, "", List.of()),
  DEMOLITION_ZONES(Layer.DEMOLITION_ZONES, " LEFT JOIN zone_latest_reports r ON r.zone_id = t.id", List.of(
      new Property("area_m2", "t.area_m2", FieldKind.NUMBER),
      new Property("latest_report_date", "r.report_date", FieldKind.DATE),
      new Property("signed_households", "r.signed_households", FieldKind.INTEGER),
      new Property("demolished_households", "r.demolished_households", FieldKind.INTEGER),
      new Property("cleared_area_m2", "r.cleared_area_m2", FieldKind.NUMBER)));

  private final Layer layer;
  private final String joins;
  private final List<Property> properties;

  ServedCollection(Layer layer, String joins, List<Property> extra) {
    this.layer = layer;
    this.joins = joins;
    List<Property> all = new ArrayList<>();
    for (Field field : layer.columns()) {
      if (field.audience() != Audience.INTERNAL) {
        all.add(new Property(field.name(), "t." + field.name(), field.kind()));
      }
    }
    all.addAll(extra);
    this.properties = List.copyOf(all);
  }

  public Layer layer() {
    return layer;
  }

  public String id() {
    return layer.id();
  }

  /** SELECT of the id, the GeoJSON geometry and every served property. */
  public String select() {
    return "SELECT t.id, ST_AsGeoJSON(t.geom) AS geometry, " + properties.stream()
        .map(p -> p.sql() + " AS " + p.name())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The FROM clause with its joins; the layer's table is aliased {@code t}. */
  public String from() {
    return " FROM " + layer.table() + " t" + joins;
  }

  public List<Property> properties() {
    return properties;
  }

  public static Optional<ServedCollection> byId(String id) {
    for (ServedCollection c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
