package parcelatlas.tiles;

import java.time.Clock;
import java.time.LocalDate;
import parcelatlas.storage.Storage;

/**
 * Vector tiles of the served collections: the bytes from the storage's {@link TileEncoding} and
 * the tag a cache may keep them under. The tag names the layer's data version (read first, so a
 * tile is never older than its tag), the tile, whose rows it holds (public or staff) and, for
 * layers whose attributes change with the day, the day: a write, a new day or another viewer's
 * scope all give another tag.
 */
public final class TileService {
  private final Storage storage;
  private final Clock clock;

  public TileService(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** The entity tag (quoted) of a tile as it stands now. */
  public String etag(TileLayer layer, Tile tile, boolean publicOnly) {
    long version = storage.read(c -> DataVersions.current(c, layer.collection().layer()));
    String day = layer.dependsOnDay() ? "-" + LocalDate.now(clock) : "";
    return "\"" + layer.id() + "-" + version + "-" + (publicOnly ? "public" : "staff") + "-" + tile.z() + "-"
        + tile.row() + "-" + tile.col() + day + "\"";
  }

  /** The tile as MVT bytes; empty when no feature the viewer may see falls on it. */
  public byte[] tile(TileLayer layer, Tile tile, boolean publicOnly) {
    TileQuery query = new TileQuery(layer, tile, publicOnly, LocalDate.now(clock));
    TileEncoding encoding = storage.dialect().tileEncoding();
    return storage.read(c -> encoding.encode(c, query));
  }
}
