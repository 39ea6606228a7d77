package parcelatlas.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * How responses are compressed: gzip for a client that asks, as Javalin's default strategy does
 * (same level, same minimum size, same excluded types: images but SVG, audio, video, archives).
 * The portal's own JSON types are listed as allowed, which changes no decision (none of them is
 * excluded) but makes it one lookup: otherwise Javalin tests every response's type against each
 * excluded type with a case-blind substring search, about 3% of the CPU of a small items page.
 */
final class ResponseCompression {
  private ResponseCompression() {}

  /** The content types as the responses carry them (Jetty adds the charset to the GeoJSON type). */
  static final List<String> ALLOWED = List.of(OgcApi.GEOJSON + ";charset=utf-8", OgcApi.GEOJSON, OgcApi.JSON,
      OgcApi.JSON + ";charset=utf-8", "image/svg+xml");

  static CompressionStrategy gzip() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    gzip.setAllowedMimeTypes(ALLOWED);
    return gzip;
  }
}
