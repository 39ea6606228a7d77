package parcelatlas.cli;

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

/** {@code restore FILE}: a backup into an empty embedded database; PostGIS: pg_restore. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restore a backup made by the backup command into an empty embedded H2GIS database "
        + "(stop the portal first). PostGIS: use pg_restore (this command says how)."})
final class RestoreCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a backup file made by the backup command")
  Path file;

  @Option(names = "--force", description = "replace the contents of a database that is not empty")
  boolean force;

  @Mixin
  DatabaseOption database = new DatabaseOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    AtlasConfig config = database.config(System.getenv());
    String url = config.databaseUrl();
    EmbeddedBackup.restore(file, url, config.databaseUser(), config.databasePassword(), force);
    spec.commandLine().getOut().println("restored " + file + " into " + url);
    return 0;
  }
}
