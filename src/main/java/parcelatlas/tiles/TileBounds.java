package parcelatlas.tiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;

/**
 * A collection's bounds for its TileJSON and its OGC collection description (the {@code extent}),
 * computed once per data version, day and viewer kind
 * (public or staff rows) on each node, instead of a MIN/MAX over the whole table on every request.
 * Each request reads the layer's data version (one primary-key row; every write bumps it in the
 * database, so every node sees a write) before anything else: bounds remembered for an older version
 * are computed afresh, so they always cover the rows as of the version read. Only a cache: a node
 * that has not computed them yet, or was restarted, computes them once; nodes never disagree for
 * longer than the version takes to change. One computation at a time per key on a node.
 */
public final class TileBounds {
  private final Storage storage;
  private final Clock clock;
  private final BiFunction<ServedCollection, Boolean, Optional<double[]>> exact;
  private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

  /** Bounds of one key as of one data version and day. */
  private record Known(long version, LocalDate day, Optional<double[]> bounds) {
    boolean isFor(long v, LocalDate d) {
      return version == v && day.equals(d);
    }
  }

  /**
   * @param exact the exact bounds [west, south, east, north] of a collection's rows (public rows
   *     only when the flag says so), or empty when it has none: the full computation this saves
   */
  public TileBounds(Storage storage, Clock clock, BiFunction<ServedCollection, Boolean, Optional<double[]>> exact) {
    this.storage = storage;
    this.clock = clock;
    this.exact = exact;
  }

  /** [west, south, east, north] of the rows the viewer may see, or empty when there are none. */
  public Optional<double[]> bounds(ServedCollection collection, boolean publicOnly) {
    long version = storage.read(c -> DataVersions.current(c, collection.layer()));
    LocalDate day = LocalDate.now(clock);
    String key = collection.id() + (publicOnly ? "/public" : "/staff");
    Known k = known.get(key);
    if (k != null && k.isFor(version, day)) {
      return copy(k.bounds());
    }
    Known computed = known.compute(key, (ignored, now) -> now != null && now.isFor(version, day)
        ? now : new Known(version, day, exact.apply(collection, publicOnly)));
    return copy(computed.bounds());
  }

  private static Optional<double[]> copy(Optional<double[]> bounds) {
    return bounds.map(double[]::clone);
  }
}
