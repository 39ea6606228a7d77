package parcelatlas.io.geojson;

import java.io.Writer;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams an RFC 7946 FeatureCollection: WGS84 lon/lat, exterior rings counter-clockwise.
 * CONTRACT STUB: bodies to be written.
 */
public final class GeoJsonWriter implements AutoCloseable {
  public GeoJsonWriter(Writer out) {
    throw new UnsupportedOperationException("stub");
  }

  /** @param id the feature id (String or Number), or null */
  public void write(Object id, Geometry lonLat, Map<String, Object> properties) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("stub");
  }
}
