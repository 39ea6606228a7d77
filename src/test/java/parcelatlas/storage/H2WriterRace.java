package parcelatlas.storage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Looks for H2's background-writer failure (FileStore.serializeAndStore: the last chunk missing
 * from the store's chunk map, a panic that closes the database); a program, not a test: run it
 * with {@code -ea} (H2's own assertions), as surefire does. Each round writes a fresh H2 file:
 * <ul>
 *   <li>{@code imports}: one thread runs import-like bulk writes (this dialect's begin and end,
 *       {@code rows} spatial rows in one transaction), while others commit small writes, read
 *       through the spatial index and, with {@code opens}, open the database as a new pool does
 *       ({@link H2gisDialect#prepare}) and CHECKPOINT;
 *   <li>{@code scaled}: {@code demo --scale 3} into the file while readers read it, then a copy
 *       of it read and written by 8 threads (OverviewTilesTest's pattern).
 * </ul>
 * It prints each failed round's first error and the count:
 * <pre>java -ea -cp target/classes:target/test-classes:$(cat cp.txt) parcelatlas.storage.H2WriterRace imports 20 5000 opens</pre>
 */
public final class H2WriterRace {
  private H2WriterRace() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int rounds = Integer.parseInt(args[1]);
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    boolean opens = args.length > 3 && args[3].equals("opens");
    int failed = 0;
    for (int round = 1; round <= rounds; round++) {
      Path dir = Files.createTempDirectory("h2writerrace");
      String error = mode.equals("scaled") ? scaled(dir) : imports(dir, rows, opens);
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      failed += error == null ? 0 : 1;
      System.out.println("round " + round + (error == null ? " ok" : " FAILED: " + error));
    }
    System.out.println(mode + (opens ? " opens" : "") + ": " + failed + " of " + rounds + " rounds failed");
  }

  static String imports(Path dir, int rows, boolean opens) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=20000";
    H2gisDialect dialect = new H2gisDialect();
    try (Connection setup = DriverManager.getConnection(url); Statement s = setup.createStatement()) {
      dialect.prepare(setup);
      s.execute("CREATE TABLE f (id BIGINT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(40) UNIQUE, n INT,"
          + " geom GEOMETRY(POLYGON, 4326))");
      s.execute("CREATE SPATIAL INDEX f_geom ON f (geom)");
      s.execute("CREATE TABLE v (id INT PRIMARY KEY, n BIGINT)");
      s.execute("INSERT INTO v VALUES (1, 0)");
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<String> error = new AtomicReference<>();
      List<Thread> threads = new ArrayList<>();
      threads.add(loop(done, error, () -> smallWrite(url)));
      threads.add(loop(done, error, () -> spatialRead(url)));
      threads.add(loop(done, error, () -> spatialRead(url)));
      if (opens) {
        threads.add(loop(done, error, () -> openAndCheckpoint(url)));
      }
      try {
        for (int i = 0; i < 4 && error.get() == null; i++) {
          bulk(url, dialect, rows, i);
        }
      } catch (SQLException | RuntimeException e) {
        error.compareAndSet(null, describe(e));
      }
      done.set(true);
      for (Thread t : threads) {
        t.join(30_000);
      }
      return error.get();
    }
  }

  private static void bulk(String url, H2gisDialect dialect, int rows, int batch) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      dialect.beginBulkWrite(c);
      try {
        c.setAutoCommit(false);
        String sql = "INSERT INTO f (code, n, geom) VALUES (?, ?, ST_GeomFromText(?, 4326))";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
          Random random = new Random(batch);
          for (int i = 0; i < rows; i++) {
            insert.setString(1, "B" + batch + "-" + i);
            insert.setInt(2, i);
            double x = 118 + (i % 400) / 100.0;
            double y = 30 + (i / 400 % 400) / 100.0;
            insert.setString(3, String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                x, y, x + 0.001, y, x + 0.001, y + 0.001, x, y + 0.001, x, y));
            insert.addBatch();
            if (i % 500 == 499) {
              insert.executeBatch();
            }
          }
          insert.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
      } finally {
        dialect.endBulkWrite(c);
      }
    }
  }

  private static void smallWrite(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (int i = 0; i < 50; i++) {
        s.executeUpdate("UPDATE v SET n = n + 1 WHERE id = 1");
      }
    }
  }

  private static void spatialRead(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      boxes(c, "SELECT COUNT(*), MAX(n) FROM f WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", 118, 30, 20);
    }
  }

  /** {@code times} counts in random boxes south-west of ({@code x}, {@code y}) + 4 degrees. */
  private static void boxes(Connection c, String sql, double x0, double y0, int times) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Random random = new Random();
      for (int i = 0; i < times; i++) {
        double x = x0 + random.nextDouble() * 4;
        double y = y0 + random.nextDouble() * 4;
        s.setDouble(1, x);
        s.setDouble(2, y);
        s.setDouble(3, x + 0.5);
        s.setDouble(4, y + 0.5);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
        }
      }
    }
  }

  private static void openAndCheckpoint(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      new H2gisDialect().prepare(c);
      s.execute("CHECKPOINT");
    }
  }

  static String scaled(Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<String> error = new AtomicReference<>();
    try (Storage storage = Databases.open(url, null, null)) {
      List<Thread> readers = List.of(loop(done, error, () -> demoRead(url)), loop(done, error, () -> demoRead(url)));
      try {
        parcelatlas.demo.ScaledDemo.load(storage, 3, new PrintWriter(new StringWriter()));
      } catch (RuntimeException e) {
        error.compareAndSet(null, describe(e));
      }
      done.set(true);
      for (Thread t : readers) {
        t.join(30_000);
      }
    }
    if (error.get() != null) {
      return "load: " + error.get();
    }
    Files.copy(dir.resolve("db.mv.db"), dir.resolve("copy.mv.db"));
    String copy = "jdbc:h2:file:" + dir.resolve("copy");
    AtomicBoolean stop = new AtomicBoolean();
    try (Storage storage = Databases.open(copy, null, null)) {
      storage.read(c -> c.createStatement().execute("CREATE TABLE race_w (id BIGINT AUTO_INCREMENT, t VARCHAR(40))"));
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        threads.add(loop(stop, error, i % 4 == 0 ? () -> demoWrite(copy) : () -> demoRead(copy)));
      }
      Thread.sleep(15_000);
      stop.set(true);
      for (Thread t : threads) {
        t.join(30_000);
      }
    }
    return error.get() == null ? null : "copy: " + error.get();
  }

  private static void demoRead(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE")) {
      boxes(c, "SELECT COUNT(*), SUM(area_m2) FROM parcels WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", 115, 32, 10);
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("not found")) { // the file not there yet
        throw e;
      }
    }
  }

  private static void demoWrite(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE"); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO race_w (t) VALUES (CAST(RAND() AS VARCHAR))"); // no triggers there
    }
  }

  interface Work {
    void run() throws Exception;
  }

  /** Runs {@code work} again and again until {@code done} or the first error, which it keeps. */
  private static Thread loop(AtomicBoolean done, AtomicReference<String> error, Work work) {
    Thread t = new Thread(() -> {
      while (!done.get() && error.get() == null) {
        try {
          work.run();
        } catch (java.sql.SQLTimeoutException e) {
          // a lock wait under load, not what this looks for
        } catch (Exception | Error e) {
          error.compareAndSet(null, describe(e));
        }
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String describe(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    String text = w.toString();
    String mark = text.contains("serializeAndStore") ? "[serializeAndStore] " : "";
    return mark + text.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("");
  }
}
