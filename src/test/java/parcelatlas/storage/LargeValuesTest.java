package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.importer.Upload;
import parcelatlas.importer.Uploads;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Files kept in the database (import uploads, photos, issued bulletins) come back whole, and on H2
 * none of them lands in a storage page over 1 MiB. H2 2.5.252 reads such a page by first reading
 * its length from the file, even while the page's chunk is still being written: a read of a
 * just-stored row then fails ("Reading from file … failed at …, read 0, remaining 128", or "Illegal
 * page length"), and when the read is part of a write the store stops for good (CI saw the read
 * fail in ImportHelpApiTest under load). As BLOBs, H2 keeps them in blocks of at most 256 KiB.
 */
@Tag("database")
class LargeValuesTest {
  /** Pages longer than this are the ones H2 reads with a length probe from the file. */
  private static final int H2_LARGE_PAGE = 1 << 20;
  private static final byte[] UPLOAD = bytes(3 << 20, 1);
  private static final byte[] PHOTO = bytes(2 << 20, 2);
  private static final byte[] PDF = bytes(3 << 19, 3);
  private static final Pattern PAGE = Pattern.compile(", map ([0-9a-f]+), \\d+ entries, (\\d+) bytes, maxLen");

  @Test
  void files_over_a_mebibyte_come_back_whole_and_on_h2_sit_in_no_page_over_a_mebibyte(@TempDir Path dir)
      throws Exception {
    String url = TestDatabases.freshUrl();
    try (Storage storage = Databases.open(url, null, null)) {
      Upload stored = storeFiles(storage, dir);
      Path copy = dir.resolve("copy");
      new Uploads(storage, Clock.systemUTC()).copyContent(stored, copy);
      assertArrayEquals(UPLOAD, Files.readAllBytes(copy), "the upload as stored");
      assertFilesWhole(storage);
    }
    if (TestDatabases.kind().equals("h2gis")) {
      Map<String, Integer> largest = largestPages(TestDatabases.h2File(url));
      int page = largest.values().stream().max(Integer::compare).orElse(0);
      assertTrue(page > 0, "the dump lists the file's pages: " + largest);
      assertTrue(page < H2_LARGE_PAGE, "the largest page of each map (bytes): " + largest);
    }
  }

  @Test
  void an_h2_backup_and_its_restore_keep_the_files_whole(@TempDir Path dir) throws Exception {
    if (!TestDatabases.kind().equals("h2gis")) {
      return; // PostGIS databases are backed up with pg_dump
    }
    String url = TestDatabases.freshUrl();
    try (Storage storage = Databases.open(url, null, null)) {
      storeFiles(storage, dir);
    }
    Path backup = dir.resolve("atlas-backup.zip");
    EmbeddedBackup.backup(url, null, null, backup);
    String restored = TestDatabases.freshUrl();
    EmbeddedBackup.restore(backup, restored, null, null, false);
    try (Storage storage = Databases.open(restored, null, null)) {
      assertFilesWhole(storage);
      assertArrayEquals(UPLOAD, column(storage, "SELECT content FROM import_uploads"), "the upload as stored");
    }
  }

  /** Stores {@link #UPLOAD} as a planner's upload, {@link #PHOTO} as a project's photo and {@link #PDF} as a bulletin. */
  private static Upload storeFiles(Storage storage, Path dir) throws java.io.IOException {
    Path file = Files.write(dir.resolve("big.geojson"), UPLOAD);
    Upload stored = new Uploads(storage, Clock.systemUTC()).add("plan", "big.geojson", file, UPLOAD.length, "0".repeat(64));
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO photos (project_code, media_type, size_bytes,"
          + " sha256, width, height, content, thumbnail, flags, uploaded_by, uploaded_at)"
          + " VALUES ('P-1', 'image/jpeg', ?, ?, 4000, 3000, ?, ?, '', 'plan', ?)")) {
        s.setInt(1, PHOTO.length);
        s.setString(2, "1".repeat(64));
        s.setBytes(3, PHOTO);
        s.setBytes(4, bytes(20_000, 4));
        s.setTimestamp(5, Timestamp.from(Instant.now()));
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO bulletins (month_start, as_of, issued_by, issued_at,"
          + " sha256, byte_count, pdf) VALUES (DATE '2026-11-01', DATE '2026-11-30', 'plan', ?, ?, ?, ?)")) {
        s.setTimestamp(1, Timestamp.from(Instant.now()));
        s.setString(2, "2".repeat(64));
        s.setInt(3, PDF.length);
        s.setBytes(4, PDF);
        s.executeUpdate();
      }
      return null;
    });
    return stored;
  }

  private static void assertFilesWhole(Storage storage) {
    assertArrayEquals(PHOTO, column(storage, "SELECT content FROM photos"), "the photo as stored");
    assertArrayEquals(PDF, column(storage, "SELECT pdf FROM bulletins"), "the bulletin as issued");
    assertEquals(1, Sql.count(storage, "import_uploads"));
  }

  @Test
  void on_h2_every_column_meant_for_files_is_a_blob() {
    try (Storage storage = TestDatabases.fresh()) {
      if (!TestDatabases.kind().equals("h2gis")) {
        return; // PostgreSQL keeps a large BYTEA out of line (TOAST) in chunks of about 2 kB
      }
      List<Map<String, Object>> binary = Sql.rows(storage, "SELECT LOWER(table_name || '.' || column_name) AS c,"
          + " data_type || CASE is_nullable WHEN 'NO' THEN ' NOT NULL' ELSE '' END AS t FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
          + " AND data_type IN ('BINARY VARYING', 'BINARY LARGE OBJECT') ORDER BY 1");
      Map<String, Object> types = new TreeMap<>();
      binary.forEach(r -> types.put((String) r.get("c"), r.get("t")));
      // a thumbnail is a JPEG of at most 320 px a side; a changed feature's geometry is as large as the
      // feature's own GEOMETRY value, which H2 keeps in its row too
      String blob = "BINARY LARGE OBJECT NOT NULL";
      assertEquals(Map.of("bulletins.pdf", blob, "import_diff_rows.geom_wkb", "BINARY VARYING",
          "import_uploads.content", blob, "photos.content", blob, "photos.thumbnail", "BINARY VARYING NOT NULL"), types);
    }
  }

  /** The largest page of each map in the H2 file, by MVStore's own dump of every chunk. */
  private static Map<String, Integer> largestPages(Path file) {
    StringWriter dump = new StringWriter();
    MVStoreTool.dump(file.toString(), dump, true);
    Map<String, Integer> largest = new TreeMap<>();
    Matcher m = PAGE.matcher(dump.toString());
    while (m.find()) {
      largest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
    }
    return largest;
  }

  private static byte[] column(Storage storage, String sql) {
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    });
  }

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }
}
