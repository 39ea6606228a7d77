package parcelatlas.features;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A served feature: id, GeoJSON geometry (WGS84) as the UTF-8 bytes the database wrote (null
 * when the feature has none) and properties in display order. The bytes are written to a
 * response as they are, with no text decoded and encoded again; do not change the array.
 */
public record Feature(long id, byte[] geometryUtf8, Map<String, Object> properties) {
  /** With the geometry given as GeoJSON text. */
  public Feature(long id, String geometryJson, Map<String, Object> properties) {
    this(id, geometryJson == null ? null : geometryJson.getBytes(StandardCharsets.UTF_8), properties);
  }

  /** The GeoJSON geometry as text, or null. */
  public String geometryJson() {
    return geometryUtf8 == null ? null : new String(geometryUtf8, StandardCharsets.UTF_8);
  }
}
