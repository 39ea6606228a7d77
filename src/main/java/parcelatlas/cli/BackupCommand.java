package parcelatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.EmbeddedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backup FILE}: the embedded database, whole, to a zipped SQL script; PostGIS: pg_dump. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Back up the embedded H2GIS database to FILE (a zipped SQL script), also while the portal runs.",
        "PostGIS: use pg_dump -Fc (this command says how)."})
final class BackupCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the backup file to write, e.g. atlas-2026-11-20.zip")
  Path file;

  @Option(names = "--force", description = "replace FILE if it exists")
  boolean force;

  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    AtlasConfig config = database.config(System.getenv());
    String url = config.databaseUrl();
    EmbeddedBackup.requireH2(url);
    if (Files.exists(file) && !force) {
      throw new IllegalArgumentException(file + " exists already; pass --force to replace it");
    }
    EmbeddedBackup.backup(url, config.databaseUser(), config.databasePassword(), file);
    spec.commandLine().getOut().println("backed up to " + file.toAbsolutePath());
    return 0;
  }
}
