package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * A command-line run's pool opens connections as they are needed; the server's fills itself. The
 * sessions are counted by the database itself.
 */
@Tag("database")
class ShortLivedPoolTest {

  @Test
  void a_short_lived_pool_holds_only_the_connections_it_used() throws InterruptedException {
    String url = TestDatabases.freshUrl();
    Databases.open(url, null, null).close(); // migrated, so the next open is the command's usual one
    try (Storage storage = Databases.openShortLived(url, null, null)) {
      Thread.sleep(1_500); // the server's pool fills itself within this (see the next test)
      assertEquals(1L, sessions(storage));
    }
  }

  @Test
  void the_servers_pool_fills_itself_to_its_size() throws InterruptedException {
    try (Storage storage = TestDatabases.fresh()) {
      long sessions = 0;
      for (int i = 0; i < 100 && sessions < Databases.POOL_SIZE; i++) {
        Thread.sleep(100);
        sessions = sessions(storage);
      }
      assertEquals(Databases.POOL_SIZE, sessions);
    }
  }

  private static long sessions(Storage storage) {
    String sql = TestDatabases.kind().equals("postgis")
        ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS";
    return storage.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
