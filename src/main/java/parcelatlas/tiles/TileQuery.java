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
 * @param publicOnly restrict to the rows anonymous visitors may see
 * @param today the portal's date, for attributes that depend on it
 */
public record TileQuery(TileLayer layer, Tile tile, boolean publicOnly, LocalDate today) {

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
    return new Statement(sql, params);
  }
}
