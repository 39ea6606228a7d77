package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import parcelatlas.catalog.Audience;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.Layer;
import parcelatlas.domain.ParcelStatus;

/**
 * What a layer serves: its stored fields except internal ones, aliased {@code t}, plus the
 * properties joined in from other tables. Derived values (亩, ha, percentages) are added by
 * {@link Derived} after the query.
 */
public enum ServedCollection {
  PARKS(Layer.PARKS, "", Access.PUBLIC, List.of(new Property("area_m2", "t.area_m2", FieldKind.NUMBER))),
  // a page selects a parcel's park names by a lookup of its park, which PostgreSQL runs after the
  // page's sort and limit for the rows returned only, and then drops the join (a unique-key LEFT JOIN
  // that no condition or sort needs): a 1° box at 1M parcels joined its 4,265 land-ready parcels'
  // parks to return 101 (13,800 buffers, ~20 ms; by lookup 2,860, ~12 ms). Conditions, sorts and
  // exports (selectWkb: one hash join for every row) keep the join.
  PARCELS(Layer.PARCELS, " LEFT JOIN parks p ON p.code = t.park_code", Access.PUBLIC_ROWS, List.of(
      new Property("park_name", "p.name", FieldKind.TEXT, "(SELECT b.name FROM parks b WHERE b.code = t.park_code)"),
      new Property("park_name_en", "p.name_en", FieldKind.TEXT,
          "(SELECT b.name_en FROM parks b WHERE b.code = t.park_code)"),
      new Property("area_m2", "t.area_m2", FieldKind.NUMBER),
      new Property("total_price_wan", ServedCollection.TOTAL_PRICE_WAN, FieldKind.NUMBER))),
  PROJECTS(Layer.PROJECTS, "", Access.STAFF, List.of()),
  // a zone's latest report (the latest date; among corrections on one date, the newest) by an index
  // lookup per zone, as FigureSql.zones: the view zone_latest_reports ranks every report, and a
  // join run zone by zone (H2 always; PostgreSQL when it estimates one zone in a tile's box) ranked
  // them all once per zone: at 1M parcels (15,876 zones, 254,016 reports) a staff tile at tile
  // matrix 7-8 ran into the 15 s statement timeout; now 43 ms, the whole layer 0.34 s as before
  DEMOLITION_ZONES(Layer.DEMOLITION_ZONES, " LEFT JOIN demolition_reports r ON r.id = (SELECT l.id FROM"
      + " demolition_reports l WHERE l.zone_id = t.id ORDER BY l.report_date DESC, l.id DESC FETCH FIRST 1 ROW ONLY)",
      Access.STAFF, List.of(
      new Property("area_m2", "t.area_m2", FieldKind.NUMBER),
      new Property("latest_report_date", "r.report_date", FieldKind.DATE),
      new Property("signed_households", "r.signed_households", FieldKind.INTEGER),
      new Property("demolished_households", "r.demolished_households", FieldKind.INTEGER),
      new Property("cleared_area_m2", "r.cleared_area_m2", FieldKind.NUMBER))),
  CONTEXT_POINTS(Layer.CONTEXT_POINTS, "", Access.PUBLIC, List.of());

  /** Who may read a collection's rows. */
  enum Access {
    /** Everyone, every row. */
    PUBLIC,
    /** Everyone, but anonymous visitors only the rows of {@link #PUBLIC_PARCELS}. */
    PUBLIC_ROWS,
    /** Signed-in staff only. */
    STAFF
  }

  /**
   * A parcel's total reference price in 万元, the one rule for it: the unit price (万元/亩) times the
   * area in 亩 rounded to 0.01, rounded to 0.1 (half up); null without a price. Served as
   * {@code total_price_wan}, sorted and filtered on by investors (ParcelQuery, MatchSql).
   */
  public static final String TOTAL_PRICE_WAN = "(FLOOR(t.price_wan_per_mu * (FLOOR(t.area_m2 * 15 / 10000 * 100 + 0.5)"
      + " / 100) * 10 + 0.5) / 10)";

  /** The parcels investors may see: the statuses {@link ParcelStatus#isPublic()} admits. */
  public static final String PUBLIC_PARCELS = "t.status IN (" + Arrays.stream(ParcelStatus.values())
      .filter(ParcelStatus::isPublic).map(s -> "'" + s.code() + "'").collect(Collectors.joining(", ")) + ")";

  private final Layer layer;
  private final String joins;
  private final Access access;
  private final List<Property> properties;
  /** Built once: every items request used to join these strings anew. */
  private final String select;
  private final String from;
  private final java.util.Map<String, Property> byName;

  ServedCollection(Layer layer, String joins, Access access, List<Property> extra) {
    this.layer = layer;
    this.joins = joins;
    this.access = access;
    List<Property> all = new ArrayList<>();
    for (Field field : layer.columns()) {
      if (field.audience() != Audience.INTERNAL) {
        all.add(new Property(field.name(), "t." + field.name(), field.kind()));
      }
    }
    all.addAll(extra);
    this.properties = List.copyOf(all);
    this.select = "SELECT t.id, ST_AsGeoJSON(t.geom) AS geometry, " + properties.stream()
        .map(p -> p.selected() + " AS " + p.name())
        .collect(Collectors.joining(", "));
    this.from = " FROM " + layer.table() + " t" + joins;
    java.util.Map<String, Property> names = new java.util.HashMap<>();
    properties.forEach(p -> names.putIfAbsent(p.name(), p));
    this.byName = java.util.Map.copyOf(names);
  }

  /** The served property of this name, if any (a hash lookup: request parameters are checked against it). */
  public Optional<Property> property(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** True when only signed-in staff may read this collection at all. */
  public boolean staffOnly() {
    return access == Access.STAFF;
  }

  /** The condition on {@code t} an anonymous visitor's rows must meet, or null for none. */
  public String publicRows() {
    return access == Access.PUBLIC_ROWS ? PUBLIC_PARCELS : null;
  }

  public Layer layer() {
    return layer;
  }

  public String id() {
    return layer.id();
  }

  /** SELECT of the id, the GeoJSON geometry and every served property. */
  public String select() {
    return select;
  }

  /**
   * As {@link #select()} but with the geometry as WKB ({@code wkb}), for streaming exports, and the
   * {@link #internalProperties() internal} columns too (an export decides whether it writes them).
   */
  public String selectWkb() {
    return "SELECT t.id, ST_AsBinary(t.geom) AS wkb, " + java.util.stream.Stream.concat(properties.stream(),
        internalProperties().stream()).map(p -> p.sql() + " AS " + p.name())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The stored fields never served by the feature API (a parcel's internal note): read only by
   * exports that write a file meant to be imported again, for those who may import.
   */
  public List<Property> internalProperties() {
    return layer.columns().stream().filter(f -> f.audience() == Audience.INTERNAL)
        .map(f -> new Property(f.name(), "t." + f.name(), f.kind())).toList();
  }

  /** The FROM clause with its joins; the layer's table is aliased {@code t}. */
  public String from() {
    return from;
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
