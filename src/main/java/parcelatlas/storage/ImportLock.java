package parcelatlas.storage;

import java.util.concurrent.atomic.AtomicBoolean;
import parcelatlas.catalog.Layer;

/**
 * One import of a layer at a time: an import's transaction (or a preview's, which writes and rolls
 * back) first takes its layer's lock ({@link Dialect#tryLockImport}: an advisory lock on PostgreSQL,
 * seen by every node; on embedded H2 kept by the process holding the file, {@link H2ImportLocks})
 * and keeps it to its end. A second import of
 * the layer meanwhile is refused at once ({@link Held}) having written nothing. Without it two
 * imports of one layer each wrote until one failed on the other's locks (PostgreSQL: deadlock
 * detected; H2: lock timeout), a storage failure (a 500 through the API).
 */
public final class ImportLock {
  private ImportLock() {}

  /** Another import of the layer holds it: nothing of this one was written. */
  public static final class Held extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Layer layer;

    Held(Layer layer) {
      super("another import of " + layer.id() + " is running; nothing was written — import again when it is done");
      this.layer = layer;
    }

    public Layer layer() {
      return layer;
    }
  }

  /**
   * Runs {@code work} in one transaction holding {@code layer}'s import lock: committed on return,
   * or always rolled back when {@code rollBack} (a preview).
   *
   * @throws Held at once, before {@code work} runs, when another import of the layer holds it
   */
  public static <T> T inTransaction(Storage storage, Layer layer, boolean rollBack, SqlWork<T> work) {
    Dialect dialect = storage.dialect();
    AtomicBoolean held = new AtomicBoolean();
    SqlWork<T> locked = connection -> {
      if (!dialect.tryLockImport(connection, layer.table())) {
        throw new Held(layer);
      }
      held.set(true);
      return work.run(connection);
    };
    try {
      return rollBack ? storage.inRolledBackTransaction(locked) : storage.inTransaction(locked);
    } finally {
      if (held.get() && !dialect.importLockEndsWithTransaction()) {
        storage.autocommit(connection -> {
          dialect.releaseImport(connection, layer.table());
          return null;
        });
      }
    }
  }
}
