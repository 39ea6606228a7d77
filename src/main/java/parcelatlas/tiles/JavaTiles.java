package parcelatlas.tiles;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Tiles encoded in Java, for databases without {@code ST_AsMVT} (H2GIS): the rows of
 * {@link TileQuery} with WKB geometry are shaped by {@link TileGeometry} (project, simplify,
 * clip, snap) and encoded by the mapbox-vector-tile-java library, feature id included.
 */
public final class JavaTiles implements TileEncoding {
  private static final MvtLayerParams PARAMS = new MvtLayerParams(Tile.EXTENT);
  private static final IUserDataConverter TAGS = (data, props, feature) -> {
    Row row = (Row) data;
    feature.setId(row.id());
    for (Map.Entry<String, Object> e : row.attributes().entrySet()) {
      if (e.getValue() != null && MvtUtil.isValidPropValue(e.getValue())) {
        feature.addTags(props.addKey(e.getKey()));
        feature.addTags(props.addValue(e.getValue()));
      }
    }
  };

  /** A feature's id and attributes, carried as the tile geometry's user data. */
  private record Row(long id, Map<String, Object> attributes) {}

  @Override
  public byte[] encode(Connection connection, TileQuery query) throws SQLException {
    TileQuery.Statement statement = query.rows("ST_AsBinary(t.geom)", List.of());
    TileGeometry shaper = new TileGeometry(query.tile());
    List<Geometry> features = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(statement.sql())) {
      int i = 1;
      for (Object param : statement.params()) {
        s.setObject(i++, param);
      }
      WKBReader wkb = new WKBReader();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byte[] bytes = rs.getBytes("geom");
          if (bytes == null) {
            continue;
          }
          Geometry shaped = shaper.shape(wkb.read(bytes));
          if (shaped == null) {
            continue;
          }
          Map<String, Object> attributes = new LinkedHashMap<>();
          for (TileLayer.Attribute a : query.layer().attributes()) {
            attributes.put(a.name(), value(rs.getObject(a.name())));
          }
          shaped.setUserData(new Row(rs.getLong("id"), attributes));
          features.add(shaped);
        }
      } catch (ParseException e) {
        throw new SQLException("unreadable geometry in " + query.layer().id() + ": " + e.getMessage(), e);
      }
    }
    if (features.isEmpty()) {
      return new byte[0];
    }
    VectorTile.Tile.Layer.Builder layer = MvtUtil.newLayerBuilder(query.layer().id(), PARAMS);
    MvtLayerProps props = new MvtLayerProps();
    JtsAdapter.addFeatures(layer, features, props, TAGS);
    MvtUtil.writeProps(layer, props);
    return VectorTile.Tile.newBuilder().addLayers(layer.build()).build().toByteArray();
  }

  /** Values as the tile holds them: numbers as doubles or longs, the rest as they come. */
  private static Object value(Object v) {
    if (v instanceof java.math.BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof Integer n) {
      return n.longValue();
    }
    return v;
  }
}
