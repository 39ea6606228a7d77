package parcelatlas.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@link Storage} over a HikariCP pool. */
final class PooledStorage implements Storage {
  private final HikariDataSource pool;
  private final Dialect dialect;

  PooledStorage(HikariDataSource pool, Dialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  @Override
  public Dialect dialect() {
    return dialect;
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
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorageException("database transaction failed: " + e.getMessage(), e);
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
