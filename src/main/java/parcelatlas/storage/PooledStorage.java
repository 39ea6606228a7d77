package parcelatlas.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * {@link Storage} over a HikariCP pool. A view made by {@link #withStatementTimeout} shares the pool and
 * sets its statement timeout on each connection it borrows, and clears it before giving it back.
 */
final class PooledStorage implements Storage {
  private final HikariDataSource pool;
  private final Dialect dialect;
  /** Milliseconds, or 0 for no timeout (the connection's default). */
  private final long statementTimeoutMillis;

  PooledStorage(HikariDataSource pool, Dialect dialect) {
    this(pool, dialect, 0);
  }

  private PooledStorage(HikariDataSource pool, Dialect dialect, long statementTimeoutMillis) {
    this.pool = pool;
    this.dialect = dialect;
    this.statementTimeoutMillis = statementTimeoutMillis;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    return new PooledStorage(pool, dialect, statementTimeout.toMillis());
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    try (Connection connection = borrow()) {
      try {
        return work.run(connection);
      } finally {
        giveBack(connection);
      }
    } catch (SQLException e) {
      throw new StorageException("database read failed: " + e.getMessage(), e);
    }
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    return transaction(work, true);
  }

  @Override
  public <T> T inRolledBackTransaction(SqlWork<T> work) {
    return transaction(work, false);
  }

  private <T> T transaction(SqlWork<T> work, boolean commit) {
    try (Connection connection = borrow()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        if (commit) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        rollBack(connection, e);
        throw e;
      } finally {
        restoreAutoCommit(connection);
        giveBack(connection);
      }
    } catch (SQLException e) {
      throw new StorageException("database transaction failed: " + e.getMessage(), e);
    }
  }

  /**
   * Rolls back after {@code failure}; a connection that cannot (the database went away) is evicted,
   * and the failure, not the rollback's, is what the caller sees.
   */
  private void rollBack(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
      pool.evictConnection(connection);
    }
  }

  /** Back to autocommit for the next borrower; a connection that cannot is evicted instead. */
  private void restoreAutoCommit(Connection connection) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      pool.evictConnection(connection);
    }
  }

  private Connection borrow() throws SQLException {
    Connection connection = pool.getConnection();
    if (statementTimeoutMillis > 0) {
      try (Statement s = connection.createStatement()) {
        s.execute(dialect.statementTimeoutSql(statementTimeoutMillis));
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    }
    return connection;
  }

  /**
   * Clears this view's timeout, so work through the unlimited storage (imports) is not cut short;
   * a connection that cannot be cleared is evicted from the pool instead.
   */
  private void giveBack(Connection connection) {
    if (statementTimeoutMillis > 0) {
      try (Statement s = connection.createStatement()) {
        s.execute(dialect.statementTimeoutSql(0));
      } catch (SQLException e) {
        pool.evictConnection(connection);
      }
    }
  }

  /** See {@link Databases#publishPoolMetrics}. */
  synchronized void publishMetrics(Object meterRegistry) {
    if (pool.getMetricRegistry() == null && pool.getMetricsTrackerFactory() == null) {
      pool.setMetricRegistry(meterRegistry);
    }
  }

  @Override
  public void recycleConnections() {
    pool.getHikariPoolMXBean().softEvictConnections();
  }

  @Override
  public void close() {
    pool.close();
  }
}
