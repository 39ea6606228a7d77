package parcelatlas.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/** Opens the configured database: pool, dialect preparation, then migrations. */
public final class Databases {
  private Databases() {}

  /**
   * Opens and migrates the database at {@code url}. A database whose migration history already
   * records every migration on the classpath as applied, and nothing failed, opens with one SELECT
   * instead of Flyway (a short command-line run saves most of a second); otherwise Flyway migrates,
   * or refuses, as always.
   *
   * @param user the user, or null for the URL's own
   * @param password the password, or null
   */
  public static Storage open(String url, String user, String password) {
    return open(url, user, password, false);
  }

  /**
   * As {@link #open}, for a short command-line run: the pool opens its connections as they are
   * needed instead of filling itself to its size at once (up to the same size), so a run that uses
   * one or two connections does not open, and the database does not start, eight.
   */
  public static Storage openShortLived(String url, String user, String password) {
    return open(url, user, password, true);
  }

  private static Storage open(String url, String user, String password, boolean shortLived) {
    Dialect dialect = Dialect.forUrl(url);
    HikariConfig config = poolConfig(url, user, password, "atlas-" + dialect.name());
    if (shortLived) {
      config.setMinimumIdle(1);
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException("cannot open database " + redacted(url) + ": " + reason(e), e);
    }
    try {
      boolean current;
      try (Connection connection = pool.getConnection()) {
        dialect.prepare(connection);
        current = CurrentSchema.isCurrent(connection, migrationLocations(dialect));
      }
      if (!current) {
        migrate(pool, dialect);
      }
      try (Connection c = pool.getConnection()) { // one small read; recomputes only distances noted stale
        c.setAutoCommit(false);
        parcelatlas.context.ContextDistances.refreshIfStale(c, dialect);
        c.commit();
      }
      return new PooledStorage(pool, dialect);
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw new StorageException("cannot open database " + redacted(url) + ": " + reason(e), e);
    }
  }

  /**
   * The primary at {@code url} (opened and migrated as by {@link #open}) with its streaming read
   * replica at {@code replicaUrl} (same user and password), routed by {@link ReplicaRouting}. The
   * replica must be PostgreSQL's hot standby of that primary; it is never migrated (it is read-only;
   * it follows the primary's schema), and it waits at most 1 s for a free connection before a read
   * falls back to the primary.
   */
  public static Storage openWithReplica(String url, String replicaUrl, String user, String password) {
    if (!(Dialect.forUrl(url) instanceof PostgisDialect) || !(Dialect.forUrl(replicaUrl) instanceof PostgisDialect)) {
      throw new StorageException("a read replica needs PostgreSQL for the database and the replica", null);
    }
    Storage primary = open(url, user, password);
    try {
      HikariConfig config = poolConfig(replicaUrl, user, password, "atlas-replica");
      config.setReadOnly(true);
      config.setConnectionTimeout(1_000);
      config.setInitializationFailTimeout(-1); // a replica down at start-up: serve from the primary meanwhile
      return new ReplicaRouting(primary, new PooledStorage(new HikariDataSource(config), primary.dialect()));
    } catch (RuntimeException e) {
      primary.close();
      throw new StorageException("cannot open the read replica " + redacted(replicaUrl) + ": " + reason(e), e);
    }
  }

  /**
   * Connections in each pool (primary, replica). The web tier's budget: the work limit holds at
   * most {@code work.limit.per.node} (default 5) and vector tiles at most 4 at once, so that costly
   * work can never take the last {@link #POOL_RESERVE} connections, which the cheap requests
   * (plain pages, sessions, the work-slot take itself) need; with 8, a flood of costly pages and
   * tiles held 9 and every other visitor waited for the pool's 5 s timeout, then got 503.
   */
  public static final int POOL_SIZE = 12;
  /** Connections costly work leaves to cheap requests (see {@link #POOL_SIZE}). */
  public static final int POOL_RESERVE = 3;

  private static HikariConfig poolConfig(String url, String user, String password, String name) {
    Dialect dialect = Dialect.forUrl(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(5_000); // no free connection in 5 s: fail fast (web: 503 + Retry-After)
    config.setPoolName(name);
    dialect.connectionProperties().forEach(config::addDataSourceProperty);
    return config;
  }

  /** The URL without the value of a {@code password} parameter. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** The first line of the message of the innermost SQL error (the driver's own words), else of {@code e}. */
  private static String reason(Exception e) {
    Throwable best = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && t.getMessage() != null) {
        best = t;
        break;
      }
    }
    String message = String.valueOf(best.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).strip();
  }

  /**
   * Publishes the pool's use (connections active, idle, pending, timeouts, wait times) to a
   * Micrometer registry. HikariCP takes one registry per pool: a second call for the same pool is
   * ignored (the first registry keeps the figures).
   */
  public static void publishPoolMetrics(Storage storage, Object meterRegistry) {
    if (storage instanceof PooledStorage pooled) {
      pooled.publishMetrics(meterRegistry);
    }
  }

  /** The class-path folders of the migrations: the common ones and the dialect's own. */
  static List<String> migrationLocations(Dialect dialect) {
    return List.of("db/migration/common", "db/migration/" + dialect.name());
  }

  /**
   * Runs the common migrations and the dialect's own. The schema may already hold the spatial
   * extension's tables (spatial_ref_sys), so an unversioned schema is baselined at version 0.
   */
  private static void migrate(HikariDataSource pool, Dialect dialect) {
    Flyway.configure()
        .dataSource(pool)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .locations(migrationLocations(dialect).stream().map(l -> "classpath:" + l).toArray(String[]::new))
        .load()
        .migrate();
  }
}
