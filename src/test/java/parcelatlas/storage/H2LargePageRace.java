package parcelatlas.storage;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reproduces H2's failing read of a just-stored page over 1 MiB (see {@link LargeValuesTest}); a
 * program, not a test (it fails only sometimes, more often under load). One writer inserts rows of
 * {@code size} bytes in a column of {@code type} and every 10 rows deletes all but the newest few (as
 * the uploads' purge does); two readers keep reading the newest row. It prints the reads, the
 * failed ones and the writer's error, if any. With the demo's parcels.geojson size (1406637),
 * {@code BINARY VARYING} made the writer fail in 5 of 5 runs of 200 rows, {@code BLOB} in none:
 * <pre>java -cp target/test-classes:$(cat cp.txt) parcelatlas.storage.H2LargePageRace "BINARY VARYING" 200 1406637</pre>
 */
public final class H2LargePageRace {
  private H2LargePageRace() {}

  public static void main(String[] args) throws Exception {
    String type = args[0];
    int rows = Integer.parseInt(args[1]);
    byte[] data = new byte[Integer.parseInt(args[2])];
    new Random(1).nextBytes(data);
    Path dir = Files.createTempDirectory("h2race");
    String url = "jdbc:h2:file:" + dir.resolve("db");
    AtomicInteger newest = new AtomicInteger(-1);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    String writer = "none";
    try (Connection keep = DriverManager.getConnection(url)) {
      keep.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY, content " + type + " NOT NULL)");
      Thread[] readers = new Thread[2];
      for (int n = 0; n < readers.length; n++) {
        readers[n] = new Thread(() -> readNewest(url, data, newest, done, reads, failed));
        readers[n].setDaemon(true);
        readers[n].start();
      }
      try (Connection w = DriverManager.getConnection(url);
          PreparedStatement insert = w.prepareStatement("INSERT INTO t VALUES (?, ?)");
          PreparedStatement purge = w.prepareStatement("DELETE FROM t WHERE id < ?")) {
        for (int i = 0; i < rows; i++) {
          insert.setInt(1, i);
          insert.setBinaryStream(2, new ByteArrayInputStream(data), data.length);
          insert.executeUpdate();
          newest.set(i);
          if (i % 10 == 9) {
            purge.setInt(1, i - 3);
            purge.executeUpdate();
          }
        }
      } catch (SQLException e) {
        writer = "after row " + newest.get() + ": " + e.getMessage().lines().findFirst().orElse("");
      }
      done.set(true);
      for (Thread t : readers) {
        t.join(5_000);
      }
    }
    System.out.println(type + ", " + data.length + " bytes a row: " + reads + " reads, " + failed + " failed; writer error: "
        + writer);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void readNewest(String url, byte[] data, AtomicInteger newest, AtomicBoolean done,
      AtomicInteger reads, AtomicInteger failed) {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s = c.prepareStatement("SELECT content FROM t WHERE id = ?")) {
      while (!done.get()) {
        int id = newest.get();
        if (id < 0) {
          Thread.onSpinWait();
          continue;
        }
        s.setInt(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) { // else purged meanwhile
            reads.incrementAndGet();
            if (!Arrays.equals(rs.getBytes(1), data)) {
              failed.incrementAndGet();
            }
          }
        } catch (SQLException e) {
          failed.incrementAndGet();
        }
      }
    } catch (SQLException e) {
      failed.incrementAndGet();
    }
  }
}
