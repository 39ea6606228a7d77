import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Plain H2 (no H2GIS, no portal code): a transaction writing into a table with a SPATIAL INDEX,
 * killed by SIGKILL, is not rolled back at the next open. Driven by h2-killed-spatial-transaction.sh:
 * {@code seed URL} makes 1,000 committed rows; {@code write URL} updates them and inserts more in one
 * open transaction, printing the count, until killed; {@code check URL} prints the rows seen and
 * whether a new transaction commits. Set SPATIAL=1 for the index; add ;WRITE_DELAY=n to the URL.
 */
public class H2KilledSpatialTransaction {
  public static void main(String[] args) throws Exception {
    String url = args[1];
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      switch (args[0]) {
        case "seed" -> {
          s.execute("CREATE TABLE t(id INT PRIMARY KEY, v VARCHAR(400), g GEOMETRY)");
          s.execute("CREATE TABLE log(id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(40))");
          if (System.getenv("SPATIAL") != null) {
            s.execute("CREATE SPATIAL INDEX t_g ON t(g)");
          }
          insert(c, 0, 1_000, "seed");
        }
        case "write" -> {
          c.setAutoCommit(false);
          s.executeUpdate("UPDATE t SET v = 'updated'");
          for (int from = 1_000; ; from += 500) {
            insert(c, from, from + 500, "new");
            System.out.println(from + 500);
          }
        }
        default -> {
          try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(CASE WHEN v = 'updated' THEN 1 END) FROM t")) {
            r.next();
            System.out.println("rows " + r.getLong(1) + " (1000 expected), updated " + r.getLong(2) + " (0 expected)");
          }
          c.setAutoCommit(false);
          s.execute("INSERT INTO log(note) VALUES ('after')");
          c.commit();
          System.out.println("a new transaction commits");
        }
      }
    }
  }

  private static void insert(Connection c, int from, int to, String text) throws Exception {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?, CAST(? AS GEOMETRY))")) {
      for (int i = from; i < to; i++) {
        p.setInt(1, i);
        p.setString(2, text);
        p.setString(3, "POLYGON((" + i + " 0, " + (i + 1) + " 0, " + i + " 1, " + i + " 0))");
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
