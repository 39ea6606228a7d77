package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * The embedded file gives its space back when the portal's pools close. The pools open H2 with its
 * background housekeeping off ({@code H2gisDialect.connectionProperties}, against H2's chunk-drop
 * race), which also turned off H2's compaction at close: a file that once held much (an import's
 * working space, a churn of writes) kept its largest size for good ({@code H2gisDialect.closed}
 * gives the compaction at close back). H2 only.
 */
@Tag("database")
class H2CloseCompactionTest {
  private static final int ROWS = 40_000;

  @Test
  void a_file_that_held_much_is_compact_again_once_closed() throws Exception {
    assumeTrue(TestDatabases.kind().equals("h2gis"));
    String url = TestDatabases.freshUrl();
    Path file = TestDatabases.h2File(url);
    long migrated;
    long held;
    try (Storage storage = Databases.open(url, null, null)) {
      storage.autocommit(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
        return null;
      });
      migrated = Files.size(file);
      storage.inTransaction(c -> { // about 20 MB of rows
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE scratch (id INT PRIMARY KEY, note VARCHAR(600))");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO scratch VALUES (?, ?)")) {
          for (int i = 0; i < ROWS; i++) {
            insert.setInt(1, i);
            insert.setString(2, Integer.toString(i).repeat(500 / Integer.toString(i).length()));
            insert.addBatch();
            if (i % 1_000 == 999) {
              insert.executeBatch();
            }
          }
        }
        return null;
      });
      storage.autocommit(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TABLE scratch");
          s.execute("CHECKPOINT");
        }
        return null;
      });
      held = Files.size(file);
      assertTrue(held > migrated + 10_000_000L,
          "the scratch rows should have grown the file: " + held + " bytes, " + migrated + " migrated");
    }
    long closed = Files.size(file);
    // H2's compaction at close does not reach what its housekeeping did while open (seen: migrated
    // 9.6 MB, held 50 MB, closed 17 MB; without the pools' setting 6.6 MB; without the compaction 50 MB)
    assertTrue(closed < migrated + (held - migrated) / 2, "closed, the file should have given back most of what the"
        + " scratch rows took: migrated " + migrated + " bytes, held " + held + ", closed " + closed);
  }
}
