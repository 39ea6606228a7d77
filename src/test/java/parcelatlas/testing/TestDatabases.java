package parcelatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
  private static final Path H2_DIR = Path.of("target/test-databases").toAbsolutePath();

  private TestDatabases() {}

  public static String kind() {
    return System.getProperty("atlas.test.db", "h2gis");
  }

  /** A new empty database URL of the configured kind. */
  public static String freshUrl() {
    return copyUrl(null);
  }

  /**
   * A new database URL: a copy of the closed database {@code templateName} made by
   * {@link #nameOf}, or an empty one when it is null. PostgreSQL copies it with
   * {@code CREATE DATABASE … TEMPLATE}; H2 by copying its file.
   */
  static String copyUrl(String templateName) {
    String name = newName();
    if (kind().equals("postgis")) {
      return PostgresCluster.get().createDatabase(name, templateName);
    }
    if (templateName != null) {
      try {
        Files.copy(H2_DIR.resolve(templateName + ".mv.db"), H2_DIR.resolve(name + ".mv.db"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the test database " + templateName, e);
      }
    }
    // a file database, as the portal uses: H2 in-memory databases break when reopened after
    // their last connection closed ("The database has been closed" inside CHECK evaluation)
    return "jdbc:h2:file:" + H2_DIR.resolve(name);
  }

  /** The database name in a URL made here. */
  static String nameOf(String url) {
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The name of the template at {@code url}, whose storage was just closed, once it can be copied.
   * A pool's close waits at most 10 s for its connections to close, and the last one's close is
   * H2's close of the database (compacting, writing the file: 2.0 s for the demo's at load 16); so on
   * H2 a connection of our own opens it again (H2 waits for a close still running) and SHUTDOWN
   * closes it in this thread: the file is whole before {@link #copyUrl} copies it.
   */
  static String closedTemplate(String url) {
    if (kind().equals("h2gis")) {
      try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE"); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot close the template " + url, e);
      }
    }
    return nameOf(url);
  }

  /** The file of an H2 database whose URL was made here. */
  public static Path h2File(String url) {
    return H2_DIR.resolve(nameOf(url) + ".mv.db");
  }

  private static String newName() {
    return "atlas_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
  }

  /** A new, migrated, empty database. */
  public static Storage fresh() {
    return Databases.open(freshUrl(), null, null);
  }
}
