package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.App;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/** {@code backup} and {@code restore} of the embedded database (H2GIS only: PostGIS has pg_dump). */
class BackupRestoreTest {
  @TempDir
  Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new String[] {Integer.toString(status), out.toString(), err.toString()};
  }

  private String h2(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).resolve("atlas").toAbsolutePath();
  }

  /** Rows of every table of the portal's schema. */
  private static Map<String, Long> counts(Storage storage) {
    return storage.read(c -> {
      java.util.List<String> names = new java.util.ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet tables = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
              + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
        while (tables.next()) {
          names.add(tables.getString(1));
        }
      }
      Map<String, Long> counts = new TreeMap<>();
      for (String table : names) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          r.next();
          counts.put(table.toLowerCase(java.util.Locale.ROOT), r.getLong(1));
        }
      }
      return counts;
    });
  }

  @Test
  void the_demo_city_backed_up_and_restored_into_a_new_path_has_the_same_rows_in_every_table() {
    String source = h2("source");
    Map<String, Long> before;
    Path backup = dir.resolve("atlas-backup.zip");
    try (Storage storage = Databases.open(source, null, null)) {
      DemoLoader.load(storage, new PrintWriter(new StringWriter()));
      new Users(storage, new PasswordHasher(4)).add("wang", Role.ADMIN, null, null, "a long enough secret".toCharArray());
      before = counts(storage);
      String[] backedUp = run("backup", backup.toString(), "--db", source); // while the database is open
      assertEquals("0", backedUp[0], backedUp[2]);
    }
    assertEquals(1764L, before.get("parcels"));
    assertEquals(1L, before.get("users"));

    String target = h2("restored");
    String[] restored = run("restore", backup.toString(), "--db", target);
    assertEquals("0", restored[0], restored[2]);
    try (Storage storage = Databases.open(target, null, null)) {
      assertEquals(before, counts(storage));
      assertTrue(new Users(storage, new PasswordHasher(4)).authenticate("wang", "a long enough secret".toCharArray()).isPresent());
    }

    String[] again = run("restore", backup.toString(), "--db", target);
    assertEquals("1", again[0]);
    assertTrue(again[2].startsWith("error: ") && again[2].contains("is not empty") && again[2].contains("--force"), again[2]);
    assertEquals("0", run("restore", backup.toString(), "--db", target, "--force")[0]);
    try (Storage storage = Databases.open(target, null, null)) {
      assertEquals(before, counts(storage));
    }

    String[] overwrite = run("backup", backup.toString(), "--db", source);
    assertEquals("1", overwrite[0]);
    assertTrue(overwrite[2].contains("exists already"), overwrite[2]);
  }

  @Test
  void restoring_a_file_that_is_not_a_backup_gives_one_line_and_a_non_zero_status() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.zip"), "hello, not a zip");
    Path otherZip = dir.resolve("other.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
      zip.putNextEntry(new ZipEntry("script.sql"));
      zip.write("DROP ALL OBJECTS;\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    for (Path garbage : new Path[] {text, otherZip, dir.resolve("missing.zip")}) {
      String[] result = run("restore", garbage.toString(), "--db", h2("empty"));
      assertEquals("1", result[0], result[2]);
      assertEquals(1, result[2].strip().lines().count(), result[2]);
      assertTrue(result[2].startsWith("error: " + garbage), result[2]);
    }
  }

  @Test
  void on_postgis_both_commands_name_pg_dump_and_pg_restore_and_do_nothing() {
    for (String command : new String[] {"backup", "restore"}) {
      String[] result = run(command, dir.resolve("x.zip").toString(), "--db", "jdbc:postgresql://127.0.0.1:1/atlas");
      assertEquals("1", result[0]);
      assertTrue(result[2].contains("pg_dump -Fc") && result[2].contains("pg_restore"), result[2]);
    }
    assertTrue(Files.notExists(dir.resolve("x.zip")));
  }
}
