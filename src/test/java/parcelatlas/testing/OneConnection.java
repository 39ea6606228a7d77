package parcelatlas.testing;

import java.sql.Connection;
import java.time.Duration;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.SqlWork;
import parcelatlas.storage.Storage;

/**
 * Every read on one connection held by the caller, as one session would run: for tests that read
 * what a connection's prepared statements did ({@code pg_prepared_statements}). Writes refused.
 */
public record OneConnection(Connection c, Dialect dialect) implements Storage {
  @Override
  public <T> T read(SqlWork<T> work) {
    try {
      return work.run(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T inRolledBackTransaction(SqlWork<T> work) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    return this;
  }

  @Override
  public void close() {}
}
