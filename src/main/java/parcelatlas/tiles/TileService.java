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

  /** The database the tiles come from. */
  public Storage storage() {
    return storage;
  }

  /** The clock that dates them. */
  public Clock clock() {
    return clock;
  }

  /** A tile's entity tag (quoted) and its MVT bytes: null when the caller's tag is still current (304). */
  public record Rendered(String etag, byte[] bytes) {}

  /**
   * The tile as it stands now, on one connection: its tag first (so the bytes are never older than
   * the tag), then, unless {@code current} says the caller holds that tag, the bytes (empty when
   * no feature the viewer may see falls on the tile).
   *
   * @param current whether the caller already holds a given tag ({@code If-None-Match})
   */
  public Rendered render(TileLayer layer, Tile tile, boolean publicOnly, java.util.function.Predicate<String> current) {
    LocalDate today = LocalDate.now(clock);
    TileQuery query = new TileQuery(layer, tile, publicOnly, today);
    TileEncoding encoding = storage.dialect().tileEncoding();
    return storage.read(c -> {
      String etag = etag(layer, tile, publicOnly, DataVersions.current(c, layer.collection().layer()), today);
      return new Rendered(etag, current.test(etag) ? null : encoding.encode(c, query));
    });
  }

  private static String etag(TileLayer layer, Tile tile, boolean publicOnly, long version, LocalDate today) {
    String day = layer.dependsOnDay() ? "-" + today : "";
    return "\"" + layer.id() + "-" + version + "-" + (publicOnly ? "public" : "staff") + "-" + tile.z() + "-"
        + tile.row() + "-" + tile.col() + day + "\"";
  }
}
