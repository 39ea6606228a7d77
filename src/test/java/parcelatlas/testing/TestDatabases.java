package parcelatlas.testing;

import java.util.concurrent.atomic.AtomicInteger;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * Fresh, migrated databases for tests, of the kind named by the system property
 * {@code atlas.test.db}: {@code h2gis} (default) or {@code postgis}. The build runs the database
 * tests once per kind, so every such test runs on both real databases.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {}

  public static String kind() {
    return System.getProperty("atlas.test.db", "h2gis");
  }

  /** A new empty database URL of the configured kind. */
  public static String freshUrl() {
    String name = "atlas_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    if (kind().equals("postgis")) {
      return PostgresCluster.get().createDatabase(name);
    }
    // a file database, as the portal uses: H2 in-memory databases break when reopened after
    // their last connection closed ("The database has been closed" inside CHECK evaluation)
    return "jdbc:h2:file:" + java.nio.file.Path.of("target/test-databases", name).toAbsolutePath();
  }

  /** A new, migrated, empty database. */
  public static Storage fresh() {
    return Databases.open(freshUrl(), null, null);
  }
}
