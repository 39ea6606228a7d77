package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * H2's WRITE_DELAY while an import runs (H2gisDialect: the background writer stopped, so a crash
 * mid-import leaves the file as it was): a second pool of the same database opened meanwhile (a
 * node's timeout pool, a command run beside the portal) must not set it back, and the import's end
 * restores it, whichever pool it ran on. H2 only (PostgreSQL has no such setting).
 */
@Tag("database")
class BulkWriteDelayTest {
  @Test
  void a_pool_opened_while_an_import_runs_leaves_the_background_writer_stopped() {
    assumeTrue(TestDatabases.kind().equals("h2gis"));
    String url = TestDatabases.freshUrl();
    try (Storage importing = Databases.open(url, null, null)) {
      importing.read(c -> {
        importing.dialect().beginBulkWrite(c);
        return null;
      });
      assertEquals(H2gisDialect.BULK_WRITE_DELAY, writeDelay(importing));
      try (Storage other = Databases.open(url, null, null)) {
        assertEquals(H2gisDialect.BULK_WRITE_DELAY, writeDelay(other), "a new pool set WRITE_DELAY back mid-import");
        other.read(c -> {
          other.dialect().beginBulkWrite(c); // a second import, through the other pool
          return null;
        });
        importing.read(c -> {
          importing.dialect().endBulkWrite(c);
          return null;
        });
        assertEquals(H2gisDialect.BULK_WRITE_DELAY, writeDelay(importing), "the other pool's import still runs");
        other.read(c -> {
          other.dialect().endBulkWrite(c);
          return null;
        });
        assertEquals(H2gisDialect.NORMAL_WRITE_DELAY, writeDelay(importing));
      }
    }
  }

  private static int writeDelay(Storage storage) {
    return storage.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
        rs.next();
        return Integer.parseInt(rs.getString(1));
      }
    });
  }
}
