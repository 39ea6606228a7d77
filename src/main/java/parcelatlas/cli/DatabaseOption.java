package parcelatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Databases;
import parcelatlas.storage.OpeningStorage;
import parcelatlas.storage.Storage;
import parcelatlas.storage.StorageException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command, and how it opens the database. */
final class DatabaseOption {
  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL: jdbc:postgresql://host/db?user=… (PostGIS) or jdbc:h2:… (H2GIS). "
          + "Default: ATLAS_DB_URL, else an embedded H2GIS database under ./atlas-data")
  String url;

  AtlasConfig config(Map<String, String> environment) {
    return AtlasConfig.load(environment).with("db.url", url);
  }

  /** Opens the database; one {@link StorageException} line, never a trace, when it cannot. */
  static Storage open(AtlasConfig config) {
    String url = config.databaseUrl();
    embeddedFolder(url).ifPresent(DatabaseOption::createFolder);
    String replica = config.replicaUrl();
    return replica == null ? Databases.open(url, config.databaseUser(), config.databasePassword())
        : Databases.openWithReplica(url, replica, config.databaseUser(), config.databasePassword());
  }

  /**
   * As {@link #open}, for a command that ends when its work is done (import, export, user, demo):
   * connections are opened as needed ({@link Databases#openShortLived}); with a read replica
   * configured, exactly as {@link #open}. The database opens on a thread of its own
   * ({@link OpeningStorage}) while the command goes on with its file: its first use waits for it
   * (and throws what the opening threw); a file refused before that is reported first.
   */
  static Storage openForCommand(AtlasConfig config) {
    String url = config.databaseUrl();
    if (config.replicaUrl() != null) {
      return OpeningStorage.start(url, () -> open(config));
    }
    return OpeningStorage.start(url, () -> {
      embeddedFolder(url).ifPresent(DatabaseOption::createFolder);
      return Databases.openShortLived(url, config.databaseUser(), config.databasePassword());
    });
  }

  /** The folder of an embedded H2 file database (H2 prints a trace of its own when it cannot create it). */
  static Optional<Path> embeddedFolder(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    } else if (path.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
      return Optional.empty();
    }
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Optional.ofNullable(Path.of(path).toAbsolutePath().getParent());
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException | SecurityException e) {
      throw new StorageException("cannot create the database folder " + folder + " (" + e + ")", e);
    }
    if (!Files.isWritable(folder)) {
      throw new StorageException("cannot write to the database folder " + folder, null);
    }
  }
}
