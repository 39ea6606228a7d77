package parcelatlas.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Backups of the embedded H2GIS database: the whole database (schema, data, users, sessions,
 * migration history, H2GIS functions) as H2's SQL script, zipped ({@code SCRIPT TO … COMPRESSION
 * ZIP}), which a later H2 version can also read. A restore runs the script
 * ({@code RUNSCRIPT FROM}) into an empty database only; replacing a non-empty one must be asked
 * for. PostGIS databases are backed up with PostgreSQL's own {@code pg_dump}.
 */
public final class EmbeddedBackup {
  /** What the commands say for a PostGIS URL. */
  public static final String USE_PG_DUMP = "PostGIS databases are backed up with PostgreSQL's own tools: "
      + "pg_dump -Fc -f atlas.dump DBNAME, restored with pg_restore --clean --if-exists --no-owner -d DBNAME atlas.dump (see README)";
  private static final String ENTRY = "script.sql";
  private static final String MARKER_TABLE = "flyway_schema_history";

  private EmbeddedBackup() {}

  /** Writes the database at {@code url} (which must exist) to {@code file}, replacing it atomically. */
  public static void backup(String url, String user, String password, Path file) {
    requireH2(url);
    Path target = file.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (Connection c = connect(url + ";IFEXISTS=TRUE", user, password)) {
      requireAtlas(c, url);
      try (PreparedStatement s = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
        s.setString(1, partial.toString());
        s.execute();
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      throw new StorageException("backup failed: " + firstLine(e.getMessage()), e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /**
   * Restores {@code file} (made by {@link #backup}) into the database at {@code url}. Refuses a
   * file that is not such a backup, and a database holding tables unless {@code replace}; a
   * restore that fails part way leaves the database empty.
   */
  public static void restore(Path file, String url, String user, String password, boolean replace) {
    requireH2(url);
    requireBackup(file);
    try (Connection c = connect(url, user, password)) {
      int tables = publicTables(c);
      if (tables > 0 && !replace) {
        throw new IllegalArgumentException("the database " + url + " is not empty (" + tables
            + " tables): restore into a new path, or pass --force to replace its contents");
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP ALL OBJECTS");
      }
      try (PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION ZIP")) {
        s.setString(1, file.toAbsolutePath().toString());
        s.execute();
        requireAtlas(c, file.toString());
      } catch (SQLException | RuntimeException e) {
        try (Statement s = c.createStatement()) {
          s.execute("DROP ALL OBJECTS");
        }
        throw e instanceof IllegalArgumentException iae ? iae
            : new StorageException("restore failed, the database was left empty: " + firstLine(e.getMessage()), e);
      }
    } catch (SQLException e) {
      throw new StorageException("restore failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** Refuses a database that is not the embedded one, naming pg_dump and pg_restore instead. */
  public static void requireH2(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(USE_PG_DUMP);
    }
  }

  /** A zip whose one entry is an H2 script. */
  private static void requireBackup(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    String notBackup = file + " is not a Parcel Atlas backup (a zipped H2 script made by the backup command)";
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(ENTRY);
      if (entry == null || zip.size() != 1) {
        throw new IllegalArgumentException(notBackup);
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
        String first = reader.readLine();
        if (first == null || !first.startsWith("-- H2 ")) {
          throw new IllegalArgumentException(notBackup);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(notBackup, e);
    }
  }

  private static void requireAtlas(Connection c, String what) throws SQLException {
    try (ResultSet r = c.getMetaData().getTables(null, "PUBLIC", MARKER_TABLE, null)) {
      if (!r.next()) {
        throw new IllegalArgumentException(what + " holds no Parcel Atlas database (no migration history)");
      }
    }
  }

  private static int publicTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    return user == null ? DriverManager.getConnection(url)
        : DriverManager.getConnection(url, user, password == null ? "" : password);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover .partial file is harmless and named as such
    }
  }
}
