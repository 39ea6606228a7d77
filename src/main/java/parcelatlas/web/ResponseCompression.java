package parcelatlas.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * How responses are compressed: gzip for a client that asks, as Javalin's default strategy does
 * (same minimum size, same excluded types: images but SVG, audio, video, archives), at level
 * {@link #LEVEL}, not Javalin's 6: a 1M city's search page of 100 parcels (107 KB) costs 0.25 ms of
 * CPU to compress at 3 against 0.93 ms at 6 (more than the rest of the portal's work a search) for
 * 14.0 KB instead of 11.8 KB; levels 1 to 3 are zlib's fast kind, 3 the smallest of them (bench
 * docs/investor-history.md, Dec 6). nginx compresses at 1 by default.
 * The portal's own JSON types are listed as allowed, which changes no decision (none of them is
 * excluded) but makes it one lookup: otherwise Javalin tests every response's type against each
 * excluded type with a case-blind substring search, about 3% of the CPU of a small items page.
 */
final class ResponseCompression {
  private ResponseCompression() {}

  /** The content types as the responses carry them (Jetty adds the charset to the GeoJSON type). */
  static final List<String> ALLOWED = List.of(OgcApi.GEOJSON + ";charset=utf-8", OgcApi.GEOJSON, OgcApi.JSON,
      OgcApi.JSON + ";charset=utf-8", "image/svg+xml");

  /** The gzip level (zlib's 1 to 9). */
  static final int LEVEL = 3;

  static CompressionStrategy gzip() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip(LEVEL));
    gzip.setAllowedMimeTypes(ALLOWED);
    return gzip;
  }
}
