package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * H2 2.5.252's background writer must not drop the newest chunk of the file while the commit that
 * supersedes it waits for serialization (H2gisDialect's AUTO_COMPACT_FILL_RATE; bench
 * docs/import.md). The database is opened as the portal opens it; its newest chunk is small and,
 * with RETENTION_TIME 0, past its retention at once (45 s otherwise), and older chunks are half
 * garbage. A small write then supersedes every page of that chunk, the background writer queues
 * its commit, and housekeeping runs while the serialization thread is held back (as a loaded
 * machine holds it back for a moment, here for a second, through H2's internals); once released,
 * the queued commit must find its predecessor and the write must be stored. Before the setting:
 * the store panicked (AssertionError: the chunk missing from its chunk map) and the database
 * closed. H2 only.
 */
@Tag("database")
class H2ChunkDropTest {
  @Test
  void a_write_superseding_an_old_newest_chunk_is_stored_while_the_background_writer_runs() throws Exception {
    assumeTrue(TestDatabases.kind().equals("h2gis"));
    try (Storage storage = Databases.open(TestDatabases.freshUrl(), null, null)) {
      storage.autocommit(c -> {
        try {
          run(c);
        } catch (InterruptedException | ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return null;
      });
    }
  }

  private static void run(Connection c) throws SQLException, InterruptedException, ReflectiveOperationException {
    try (Statement s = c.createStatement()) {
      s.execute("SET RETENTION_TIME 0");
      s.execute("SET WRITE_DELAY 0"); // no background writer while the file is laid out: each commit stored
      s.execute("CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR)");
      s.execute("INSERT INTO big SELECT X, REPEAT('x', 300) || X FROM SYSTEM_RANGE(1, 40000)");
      s.execute("UPDATE big SET v = v || 'y' WHERE MOD(id / 1000, 2) = 0"); // half of each chunk dead
      s.execute("CREATE TABLE small (id INT PRIMARY KEY, n INT)");
      s.execute("INSERT INTO small VALUES (1, 0)");
      s.execute("UPDATE small SET n = 1"); // the newest chunk: small's page and the file's layout
      s.execute("SET WRITE_DELAY " + H2gisDialect.NORMAL_WRITE_DELAY);
      MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
      ThreadPoolExecutor serializer = serializer(store);
      CountDownLatch held = new CountDownLatch(1);
      serializer.execute(() -> awaitQuietly(held));
      long version = store.getCurrentVersion();
      try {
        s.execute("UPDATE small SET n = 2"); // supersedes every page of the newest chunk
        for (int i = 0; i < 100 && store.getCurrentVersion() == version; i++) {
          Thread.sleep(50); // until the background writer has queued its commit
        }
        assertTrue(store.getCurrentVersion() > version, "the background writer queued no commit");
        s.execute("SET CACHE_SIZE 1024");
        try (ResultSet rs = s.executeQuery("SELECT SUM(LENGTH(v)) FROM big")) {
          rs.next(); // reads from the file: housekeeping counts the store as busy and compacts
        }
        Thread.sleep(1000); // about 20 rounds of housekeeping
      } finally {
        held.countDown();
      }
      for (int i = 0; i < 100 && (serializer.getActiveCount() > 0 || !serializer.getQueue().isEmpty()); i++) {
        Thread.sleep(50);
      }
      assertNull(store.getPanicException(), "H2's store panicked");
      try (ResultSet rs = s.executeQuery("SELECT n FROM small")) {
        rs.next();
        assertEquals(2, rs.getInt(1));
      }
    }
  }

  /** The single thread that serializes H2's queued commits (a private field of H2 2.5.252). */
  private static ThreadPoolExecutor serializer(MVStore store) throws ReflectiveOperationException {
    Field field = FileStore.class.getDeclaredField("serializationExecutor");
    field.setAccessible(true);
    return (ThreadPoolExecutor) field.get(store.getFileStore());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
