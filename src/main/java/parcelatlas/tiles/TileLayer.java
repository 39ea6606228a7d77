package parcelatlas.tiles;

import java.util.List;
import parcelatlas.features.ServedCollection;

/**
 * What a collection's tiles carry: the feature id (as the tile feature's id) and an allow-list
 * of the attributes the map pages draw and label with (web/js/layers.js, popups.js): codes and
 * names for labels, the status, stage or progress that picks a colour; on parcels also what the
 * investor filters test ({@link ParcelFilterAttributes}), so the map fades what they leave out. Every other property
 * stays with the items endpoint. Also the lowest tile matrix a collection is served at, so a
 * world-sized tile never holds a whole city's parcels.
 */
public enum TileLayer {
  PARKS(ServedCollection.PARKS, 0, List.of(
      text("code"), text("name"), text("name_en"), text("level"))),
  PARCELS(ServedCollection.PARCELS, 10, ParcelFilterAttributes.withStyle(text("code"), text("status"), text("land_use"))),
  PROJECTS(ServedCollection.PROJECTS, 6, List.of(
      text("code"), text("name"), text("stage"), text("level"))),
  DEMOLITION_ZONES(ServedCollection.DEMOLITION_ZONES, 6, List.of(
      text("code"), text("name"), text("township"),
      new Attribute("demolished_pct", "number",
          "CAST(CASE WHEN t.target_households > 0 THEN ROUND(CAST(100.0 * r.demolished_households"
              + " / t.target_households AS NUMERIC(20, 6)), 1) END AS DOUBLE PRECISION)", false),
      // Derived.overdue's rule; the day is the one parameter (the portal's today)
      new Attribute("overdue", "boolean",
          "COALESCE(t.deadline < ? AND (COALESCE(r.demolished_households, 0) < COALESCE(t.target_households, 0)"
              + " OR COALESCE(r.cleared_area_m2, 0) < COALESCE(t.target_floor_area_m2, 0)), FALSE)", true))),
  CONTEXT_POINTS(ServedCollection.CONTEXT_POINTS, 6, List.of(
      text("code"), text("name"), text("name_en"), text("kind")));

  /**
   * One attribute: its name in the tile, its JSON type (TileJSON {@code fields}), the SQL over the
   * collection's alias {@code t} and joins, and whether that SQL takes today's date as its one parameter.
   */
  public record Attribute(String name, String type, String sql, boolean takesToday) {}

  private final ServedCollection collection;
  private final int minZoom;
  private final List<Attribute> attributes;

  TileLayer(ServedCollection collection, int minZoom, List<Attribute> attributes) {
    this.collection = collection;
    this.minZoom = minZoom;
    this.attributes = attributes;
  }

  static Attribute text(String column) {
    return new Attribute(column, "string", "t." + column, false);
  }

  public ServedCollection collection() {
    return collection;
  }

  /** The layer's name inside a tile: the collection id. */
  public String id() {
    return collection.id();
  }

  public int minZoom() {
    return minZoom;
  }

  public List<Attribute> attributes() {
    return attributes;
  }

  /** True when an attribute depends on the day (a zone is overdue after its deadline). */
  public boolean dependsOnDay() {
    return attributes.stream().anyMatch(Attribute::takesToday);
  }

  public static TileLayer of(ServedCollection collection) {
    for (TileLayer layer : values()) {
      if (layer.collection == collection) {
        return layer;
      }
    }
    throw new IllegalArgumentException("no tile layer for " + collection.id());
  }
}
