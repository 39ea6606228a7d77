package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.Databases;
import parcelatlas.storage.ImportLock;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.SquareParcelFiles;

/**
 * The embedded store's import lock is kept by the process that holds the database file (H2 runs its
 * functions there): a command-line import that reaches the portal's database through AUTO_SERVER
 * (the portal's own URL) meets the portal's lock; and a lock whose session closed without giving it
 * back (its process died) does not refuse imports for ever.
 */
class EmbeddedImportLockTest {
  @TempDir Path dir;

  @Test
  void a_command_line_import_through_auto_server_meets_the_portals_lock() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("atlas") + ";AUTO_SERVER=TRUE";
    Path file = SquareParcelFiles.write(dir.resolve("p.shp"), 50, i -> "X-" + i, i -> "M1", i -> "净地可供");
    try (Storage portal = Databases.open(url, null, null)) {
      String[] child = new String[1];
      int exit = ImportLock.inTransaction(portal, Layer.PARCELS, false, c -> {
        try {
          Process p = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
              "parcelatlas.App", "import", "--layer", "parcels", file.toString(), "--db", url)
              .redirectErrorStream(true).start();
          child[0] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertTrue(p.waitFor(120, TimeUnit.SECONDS), child[0]);
          return p.exitValue();
        } catch (java.io.IOException | InterruptedException e) {
          throw new AssertionError(e);
        }
      });
      assertEquals(1, exit, child[0]);
      assertTrue(child[0].contains("another import of parcels is running"), child[0]);
      assertEquals(0, Sql.count(portal, "parcels"));
      assertEquals(50, LayerImporter.run(portal, ImportOptions.of(Layer.PARCELS, file)).inserted());
    }
  }

  @Test
  void a_lock_whose_session_closed_is_free() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("atlas");
    Path file = SquareParcelFiles.write(dir.resolve("p.shp"), 20, i -> "Y-" + i, i -> "M1", i -> "净地可供");
    try (Storage storage = Databases.open(url, null, null)) {
      try (Connection lost = DriverManager.getConnection(url)) {
        assertTrue(take(lost), "a session takes the free lock");
        assertTrue(take(lost), "and may take it again");
        boolean other = storage.read(c -> take(c));
        assertFalse(other, "another session may not");
      } // closed without giving it back, as when its process dies
      assertEquals(20, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)).inserted());
      boolean after = storage.read(c -> take(c));
      assertTrue(after, "given back after the import");
    }
  }

  private static boolean take(Connection c) throws java.sql.SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ATLAS_TRY_IMPORT_LOCK('parcels')")) {
      r.next();
      return r.getBoolean(1);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
