package parcelatlas.tiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import parcelatlas.features.FeatureConditions;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.RowFilter;

/**
 * The rows of one tile: the collection's features that intersect the tile with its clipping
 * margin, under exactly the conditions {@code /ogc} items apply ({@link FeatureConditions}: the
 * public rows for anonymous visitors), with the tile layer's allow-listed attributes.
 *
 * <p>At the overview zooms ({@link Tile#isOverview()}, tile matrix ≤ {@link Tile#LOW_ZOOM}), where
 * one tile may cover a whole city, a tile holds at most {@link #LOW_ZOOM_FEATURES} features: the
 * largest by stored area ({@code area_m2}; rows without one last), ties by id, so the smallest
 * (invisible at that scale) are dropped first and the same tile always keeps the same features.
 * Layers without an area (points) keep the lowest ids. With the coarser simplification there
 * ({@link Tile#simplifyTolerance()}) this bounds the tile's bytes and encoding time whatever the
 * layer size. Above that zoom a tile holds every feature of its box, as the items do.
 *
 * @param publicOnly restrict to the rows anonymous visitors may see
 * @param today the portal's date, for attributes that depend on it
 */
public record TileQuery(TileLayer layer, Tile tile, boolean publicOnly, LocalDate today) {

  /** The most features a tile at an overview zoom holds (documented in the tileset metadata and TileJSON). */
  public static final int LOW_ZOOM_FEATURES = 2000;

  /** SQL text and its parameters in order. */
  public record Statement(String sql, List<Object> params) {}

  /**
   * {@code SELECT t.id AS id, <geometry> AS geom, <attributes> FROM … WHERE …} with
   * {@code geometry} an SQL expression over {@code t.geom} taking {@code geometryParams}.
   */
  public Statement rows(String geometry, List<Object> geometryParams) {
    List<Object> params = new ArrayList<>(geometryParams);
    String attributes = layer.attributes().stream().map(a -> a.sql() + " AS " + a.name())
        .collect(Collectors.joining(", "));
    for (TileLayer.Attribute a : layer.attributes()) {
      if (a.takesToday()) {
        params.add(java.sql.Date.valueOf(today));
      }
    }
    FeatureQuery features = FeatureQuery.of(layer.collection(), publicOnly).where(RowFilter.bbox(tile.wgs84WithBuffer()));
    FeatureConditions.Clause where = FeatureConditions.where(features);
    params.addAll(where.params());
    String sql = "SELECT t.id AS id, " + geometry + " AS geom, " + attributes + layer.collection().from() + where.sql();
    if (tile.isOverview()) {
      boolean hasArea = layer.collection().properties().stream().anyMatch(p -> p.name().equals("area_m2"));
      sql += " ORDER BY " + (hasArea ? "t.area_m2 DESC NULLS LAST, " : "") + "t.id LIMIT ?";
      params.add(LOW_ZOOM_FEATURES);
    }
    return new Statement(sql, params);
  }
}
