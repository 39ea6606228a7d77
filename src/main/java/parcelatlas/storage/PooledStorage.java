package parcelatlas.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * {@link Storage} over a HikariCP pool. {@link #withStatementTimeout} gives a view over a second
 * pool of the same database whose connections have that statement timeout set once, when opened
 * (one per timeout, made on first use), so a web request's statement costs one round trip, not
 * three. The pools of one database form a family: closing or recycling any closes or recycles all.
 */
final class PooledStorage implements Storage {
  private final HikariDataSource pool;
  private final Dialect dialect;
  private final Family family;

  /** The pools opened for one database, by statement timeout (0: none). */
  private static final class Family {
    final java.util.Map<Long, PooledStorage> byTimeout = new java.util.concurrent.ConcurrentHashMap<>();
  }

  PooledStorage(HikariDataSource pool, Dialect dialect) {
    this(pool, dialect, new Family());
    family.byTimeout.put(0L, this);
  }

  private PooledStorage(HikariDataSource pool, Dialect dialect, Family family) {
    this.pool = pool;
    this.dialect = dialect;
    this.family = family;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    long millis = statementTimeout.toMillis();
    return family.byTimeout.computeIfAbsent(millis, ms -> {
      HikariConfig config = new HikariConfig();
      pool.copyStateTo(config);
      config.setPoolName(pool.getPoolName() + "-" + ms + "ms");
      config.setConnectionInitSql(dialect.statementTimeoutSql(ms));
      config.setMinimumIdle(1);
      config.setMetricRegistry(null);
      config.setMetricsTrackerFactory(null);
      return new PooledStorage(new HikariDataSource(config), dialect, family);
    });
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
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
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        if (commit) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        // an Error too (out of memory): back in autocommit, the connection would commit the half written
        rollBack(connection, e);
        throw e;
      } finally {
        restoreAutoCommit(connection);
      }
    } catch (SQLException e) {
      throw new StorageException("database transaction failed: " + e.getMessage(), e);
    }
  }

  /**
   * Rolls back after {@code failure}; a connection that cannot (the database went away) is evicted,
   * and the failure, not the rollback's, is what the caller sees.
   */
  private void rollBack(Connection connection, Throwable failure) {
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

  /** See {@link Databases#publishPoolMetrics}. */
  synchronized void publishMetrics(Object meterRegistry) {
    if (pool.getMetricRegistry() == null && pool.getMetricsTrackerFactory() == null) {
      pool.setMetricRegistry(meterRegistry);
    }
  }

  @Override
  public void recycleConnections() {
    family.byTimeout.values().forEach(p -> p.pool.getHikariPoolMXBean().softEvictConnections());
  }

  @Override
  public void close() {
    family.byTimeout.values().forEach(p -> p.pool.close());
    dialect.closed(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
  }
}
