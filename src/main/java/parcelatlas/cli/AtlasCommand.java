package parcelatlas.cli;

import picocli.CommandLine.Command;

/** The top-level command: only groups the subcommands. */
@Command(
    name = "parcel-atlas",
    mixinStandardHelpOptions = true,
    version = "Parcel Atlas 0.1",
    description = "Map portal for industrial parks, land parcels, key projects and demolition zones.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, DemoCommand.class, UserCommand.class,
        BackupCommand.class, RestoreCommand.class})
public final class AtlasCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
