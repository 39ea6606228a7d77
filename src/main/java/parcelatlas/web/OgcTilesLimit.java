package parcelatlas.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many vector tiles one app node draws at once, for every viewer: at most {@code perNode}
 * tile requests hold a database connection together (a semaphore taken before the tile's data
 * version and rows are read, released however the request ends); a request over it waits up to
 * {@code queueWait} for a place, then is refused with 503 and {@code Retry-After}
 * ({@link TooBusy#tiles}). So a flood of uncached tiles (a map panned fast, a crawler, a cold
 * CDN) can hold at most {@code perNode} connections of the pool and never makes other requests
 * wait for one until the pool's timeout. The limit is per node on purpose: it protects this
 * node's pool, and a second node has a pool and a limit of its own. Unlike {@link WorkLimiter}
 * it keeps no per-client slots in the database: a tile is small, served to maps that ask for a
 * dozen at once, and revalidated by caches; two database writes per tile would cost more than the tile.
 */
final class OgcTilesLimit {
  /** Tiles drawn at once per node by default: a third of the web pool (see {@code Databases.POOL_SIZE}). */
  static final int DEFAULT_PER_NODE = 4;
  /** How long a tile waits for a place before 503: a map's burst of a dozen tiles is served, a flood is not. */
  static final Duration QUEUE_WAIT = Duration.ofSeconds(2);
  private final Semaphore places;
  private final int perNode;
  private final Duration queueWait;

  OgcTilesLimit(int perNode, Duration queueWait) {
    if (perNode < 1) {
      throw new IllegalArgumentException("the tile limit must be at least 1");
    }
    this.places = new Semaphore(perNode, true);
    this.perNode = perNode;
    this.queueWait = queueWait;
  }

  /** Runs one tile's work under the limit; throws {@link TooBusy} without running it when no place came free in time. */
  <T> T run(Callable<T> work) throws Exception {
    if (!places.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw TooBusy.tiles(perNode);
    }
    try {
      return work.call();
    } finally {
      places.release();
    }
  }
}
