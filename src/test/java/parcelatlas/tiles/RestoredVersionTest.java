package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Databases;
import parcelatlas.storage.EmbeddedBackup;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.TestDatabases;

/**
 * A restore brings back the data and the data version it had when backed up (so a cached tile of
 * that state is still right), and the next write after it gets a version no earlier state ever
 * had: a tag cached before the restore can never match other data. Embedded store only (PostGIS
 * is restored with pg_restore, which brings back the table the same way).
 */
@Tag("database")
class RestoredVersionTest {

  static long version(Storage storage) {
    return storage.read(c -> DataVersions.current(c, Layer.PARKS));
  }

  static void importParks(Storage storage) {
    LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.geojson")));
  }

  @Test
  void a_restored_database_keeps_its_versions_and_a_later_write_never_reuses_one() throws Exception {
    Assumptions.assumeTrue(TestDatabases.kind().equals("h2gis"), "backup and restore are for the embedded store");
    String source = TestDatabases.freshUrl();
    Path backup = Files.createTempDirectory("versions").resolve("backup.zip");
    long backedUp;
    long afterBackup;
    try (Storage storage = Databases.open(source, null, null)) {
      importParks(storage);
      backedUp = version(storage);
      EmbeddedBackup.backup(source, null, null, backup);
      importParks(storage);
      afterBackup = version(storage);
      assertTrue(afterBackup > backedUp);
    }
    String target = TestDatabases.freshUrl();
    EmbeddedBackup.restore(backup, target, null, null, true);
    try (Storage restored = Databases.open(target, null, null)) {
      assertEquals(backedUp, version(restored), "the version the restored data had");
      importParks(restored);
      assertTrue(version(restored) > afterBackup, "the triggers came back with the restore, and the new version"
          + " is later than any the source database handed out");
    }
    Files.delete(backup);
    Files.delete(backup.getParent());
  }
}
