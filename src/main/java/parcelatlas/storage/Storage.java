package parcelatlas.storage;

/**
 * The portal's database: a pooled, migrated spatial database of one {@link Dialect}.
 * Work runs on a borrowed connection; {@link #inTransaction} commits when the work returns and
 * rolls back when it throws, so a failed import leaves the database exactly as it was.
 */
public interface Storage extends AutoCloseable {

  Dialect dialect();

  /** Runs read-only work with autocommit. */
  <T> T read(SqlWork<T> work);

  /** Runs work in one transaction: committed on return, rolled back on any exception. */
  <T> T inTransaction(SqlWork<T> work);

  /** Runs work in a transaction that is always rolled back (a dry run). */
  <T> T inRolledBackTransaction(SqlWork<T> work);

  /**
   * Retires every pooled connection: idle ones close now, borrowed ones when returned, and new
   * ones are opened on demand. What the pool's {@code maxLifetime} does to each connection in
   * time; an operator or a test may ask for it at once. The default does nothing.
   */
  default void recycleConnections() {}

  @Override
  void close();
}
