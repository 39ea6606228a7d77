package parcelatlas.cli;

import java.util.Map;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
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

  static Storage open(AtlasConfig config) {
    return Databases.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
  }
}
