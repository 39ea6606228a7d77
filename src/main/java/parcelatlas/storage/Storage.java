package parcelatlas.storage;

/**
 * The portal's database: a pooled, migrated spatial database of one {@link Dialect}.
 * Work runs on a borrowed connection; {@link #inTransaction} commits when the work returns and
 * rolls back when it throws, so a failed import leaves the database exactly as it was.
 */
public interface Storage extends AutoCloseable {

  Dialect dialect();

  /**
   * Runs read-only work with autocommit. With a read replica configured, an anonymous visitor's
   * read may run there ({@link ReplicaRouting}); work that writes must use {@link #autocommit} or
   * {@link #inTransaction}.
   */
  <T> T read(SqlWork<T> work);

  /**
   * Runs writing work with autocommit, each statement committed on its own, always on the primary
   * database (never a read replica, see {@link ReplicaRouting}). For short bookkeeping writes whose
   * statements may fail one by one (a unique key taken) without spoiling the next.
   */
  default <T> T autocommit(SqlWork<T> work) {
    return read(work);
  }

  /** Runs work in one transaction: committed on return, rolled back on any exception. */
  <T> T inTransaction(SqlWork<T> work);

  /** Runs work in a transaction that is always rolled back (a dry run). */
  <T> T inRolledBackTransaction(SqlWork<T> work);

  /**
   * The same database for web requests: every statement of its work limited to
   * {@code statementTimeout} (over it: a StorageException whose cause has SQLState 57014). Either
   * storage waits at most 5 s for a free connection (over it: a StorageException caused by an
   * SQLTransientConnectionException). Closing either closes both.
   */
  Storage withStatementTimeout(java.time.Duration statementTimeout);

  /**
   * Retires every pooled connection: idle ones close now, borrowed ones when returned, and new
   * ones are opened on demand. What the pool's {@code maxLifetime} does to each connection in
   * time; an operator or a test may ask for it at once. The default does nothing.
   */
  default void recycleConnections() {}

  @Override
  void close();
}
