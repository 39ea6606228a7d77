package parcelatlas.tiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Gdal;

/**
 * Reads a Mapbox Vector Tile with GDAL's MVT driver (the independent reader): the features of
 * its one layer by feature id ({@code mvt_id}), as GeoJSON features in WGS84.
 */
final class TileReader {
  private TileReader() {}

  /** Tile (z, x = column, y = row) of a WGS84 point. */
  static int[] tileOf(double lon, double lat, int z) {
    double n = 1L << z;
    int col = (int) Math.floor((lon + 180) / 360 * n);
    double phi = Math.toRadians(lat);
    int row = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
    return new int[] {z, row, col};
  }

  /** Feature id → GeoJSON feature of the tile's layer; empty for an empty tile. */
  static Map<Long, JsonNode> features(byte[] tile, int z, int row, int col) {
    Map<Long, JsonNode> features = new LinkedHashMap<>();
    if (tile.length == 0) {
      return features;
    }
    try {
      Path dir = Files.createTempDirectory("tile");
      Path file = dir.resolve("tile.mvt");
      Files.write(file, tile);
      String json = Gdal.run("ogr2ogr", "-f", "GeoJSON", "/vsistdout/", file.toString(),
          "-oo", "CLIP=NO", "-oo", "Z=" + z, "-oo", "X=" + col, "-oo", "Y=" + row, "-t_srs", "EPSG:4326");
      Files.delete(file);
      Files.delete(dir);
      for (JsonNode f : ApiClient.parse(json).get("features")) {
        features.put(f.get("properties").get("mvt_id").asLong(), f);
      }
      return features;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
