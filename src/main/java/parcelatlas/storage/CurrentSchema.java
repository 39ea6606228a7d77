package parcelatlas.storage;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database's schema is already at the newest migration on the classpath, decided by one
 * SELECT on Flyway's history table, so that opening a current database does not start Flyway (whose
 * class-path scan, checksum validation and lock cost a short command-line run most of a second).
 *
 * <p>The schema counts as current only when every sign is plain: every migration file in the
 * locations is a versioned SQL migration ({@code V1_2__name.sql}); the history holds exactly those
 * versions as applied SQL migrations, every one successful, besides Flyway's baseline at version 0
 * and its record of creating the table; and nothing else (no failed, undone, deleted or unknown row). Anything else — no history table, a
 * failed or missing migration, a version the classpath does not hold, a resource this class cannot
 * list — answers false, and the caller runs Flyway as always. What the fast path does not do is
 * Flyway's checksum validation of migrations already applied: an edited applied migration is
 * reported by the next run that does start Flyway (one that has a migration to apply).
 */
final class CurrentSchema {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]+\\.sql");
  private static final String HISTORY =
      "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\"";

  private CurrentSchema() {}

  /** True when the schema is current as described above; false on any doubt (never throws for a doubt). */
  static boolean isCurrent(Connection connection, List<String> locations) {
    Optional<Set<String>> available = classpathVersions(locations);
    if (available.isEmpty() || available.get().isEmpty()) {
      return false;
    }
    try {
      return appliedVersions(connection).map(available.get()::equals).orElse(false);
    } catch (SQLException e) {
      return false; // no history table yet (a new database), or one of another shape
    }
  }

  /** The successful SQL migrations of the history, or empty when any row is failed or of another kind. */
  private static Optional<Set<String>> appliedVersions(Connection connection) throws SQLException {
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(HISTORY)) {
      while (rows.next()) {
        String version = rows.getString(1);
        String type = rows.getString(2);
        if (!rows.getBoolean(3)) {
          return Optional.empty();
        }
        if (version == null && "TABLE".equals(type)) {
          continue; // Flyway's record of creating the history table (on H2)
        }
        Optional<String> key = version == null ? Optional.empty() : canonical(version);
        if (key.isEmpty()) {
          return Optional.empty();
        }
        if ("BASELINE".equals(type) && key.get().equals("0")) {
          continue;
        }
        if (!"SQL".equals(type) || !applied.add(key.get())) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(applied);
  }

  /**
   * The versions of the migration files under the class-path {@code locations} (folders, searched
   * recursively, as Flyway does), or empty when a file is not a versioned SQL migration or a location
   * is somewhere other than a folder or a jar. A jar that holds several locations is read once (the
   * application's jar has some 26,000 entries).
   */
  static Optional<Set<String>> classpathVersions(List<String> locations) {
    Set<String> versions = new HashSet<>();
    try {
      Map<JarFile, List<String>> jars = new LinkedHashMap<>(); // a jar and the locations it holds
      List<String> names = new ArrayList<>();
      for (String location : locations) {
        Enumeration<URL> urls = CurrentSchema.class.getClassLoader().getResources(location);
        while (urls.hasMoreElements()) {
          URL url = urls.nextElement();
          if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
              files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
            }
          } else if (url.getProtocol().equals("jar") && url.openConnection() instanceof JarURLConnection connection) {
            // shared with the class loader's cache: not closed here
            jars.computeIfAbsent(connection.getJarFile(), j -> new ArrayList<>()).add(location);
          } else {
            return Optional.empty();
          }
        }
      }
      jars.forEach((jar, held) -> names.addAll(fileNames(jar, held)));
      for (String name : names) {
        Matcher m = VERSIONED.matcher(name);
        Optional<String> key = m.matches() ? canonical(m.group(1)) : Optional.empty();
        if (key.isEmpty() || !versions.add(key.get())) {
          return Optional.empty();
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(versions);
  }

  /** The names (without folders) of the files of {@code jar} under any of {@code locations}, in one pass over its entries. */
  private static List<String> fileNames(JarFile jar, List<String> locations) {
    List<String> prefixes = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
    List<String> names = new ArrayList<>();
    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (!entry.isDirectory() && prefixes.stream().anyMatch(name::startsWith)) {
        names.add(name.substring(name.lastIndexOf('/') + 1));
      }
    }
    return names;
  }

  /** A version as Flyway compares them: numeric parts, {@code _} read as {@code .}, trailing zeros dropped. */
  static Optional<String> canonical(String version) {
    String[] parts = version.split("[._]", -1);
    List<BigInteger> numbers = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      numbers.add(new BigInteger(part));
    }
    int end = numbers.size();
    while (end > 1 && numbers.get(end - 1).signum() == 0) {
      end--;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < end; i++) {
      key.append(i == 0 ? "" : ".").append(numbers.get(i));
    }
    return Optional.of(key.toString());
  }
}
