package parcelatlas.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.SqlWork;
import parcelatlas.storage.Storage;

/**
 * A storage that notes the SQL text of every statement prepared on its connections
 * (also through {@link #withStatementTimeout}, the storage the web app uses), so a test can tell
 * which statements a request ran, and counts the connections borrowed through {@link #autocommit}.
 * Wraps a real storage; closing it closes that one.
 */
public final class StatementLog implements Storage {
  private final Storage inner;
  private final List<String> log;
  private final AtomicInteger autocommits;

  public StatementLog(Storage inner) {
    this(inner, java.util.Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
  }

  private StatementLog(Storage inner, List<String> log, AtomicInteger autocommits) {
    this.inner = inner;
    this.log = log;
    this.autocommits = autocommits;
  }

  /** The statements noted since the last {@link #clear}, in order. */
  public List<String> statements() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** The connections borrowed through {@link #autocommit} since the last {@link #clear}. */
  public int autocommits() {
    return autocommits.get();
  }

  public void clear() {
    log.clear();
    autocommits.set(0);
  }

  @Override
  public Dialect dialect() {
    return inner.dialect();
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    return inner.read(c -> work.run(noting(c)));
  }

  @Override
  public <T> T autocommit(SqlWork<T> work) {
    autocommits.incrementAndGet();
    return inner.autocommit(c -> work.run(noting(c)));
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    return inner.inTransaction(c -> work.run(noting(c)));
  }

  @Override
  public <T> T inRolledBackTransaction(SqlWork<T> work) {
    return inner.inRolledBackTransaction(c -> work.run(noting(c)));
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    return new StatementLog(inner.withStatementTimeout(statementTimeout), log, autocommits);
  }

  @Override
  public void recycleConnections() {
    inner.recycleConnections();
  }

  @Override
  public void close() {
    inner.close();
  }

  private Connection noting(Connection c) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if ((method.getName().startsWith("prepare")) && args != null && args[0] instanceof String sql) {
            log.add(sql);
          }
          try {
            return method.invoke(c, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
