package parcelatlas.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only groups the subcommands. */
@Command(
    name = "parcel-atlas",
    mixinStandardHelpOptions = true,
    version = "Parcel Atlas 0.1",
    description = "Map portal for industrial parks, land parcels, key projects and demolition zones.")
public final class AtlasCommand implements Runnable {
  /** The subcommands' names, in the order the usage lists them. */
  private static final List<String> SUBCOMMANDS = List.of("serve", "import", "export", "demo", "user", "backup", "restore");

  /** A new subcommand; a switch, so that only the class of the one made is loaded. */
  private static Object subcommand(String name) {
    return switch (name) {
      case "serve" -> new ServeCommand();
      case "import" -> new ImportCommand();
      case "export" -> new ExportCommand();
      case "demo" -> new DemoCommand();
      case "user" -> new UserCommand();
      case "backup" -> new BackupCommand();
      case "restore" -> new RestoreCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The command line with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The command line for a run whose first argument is {@code first}: when it names a subcommand,
   * with that one only (picocli reads every subcommand's annotations when it is added, a tenth of
   * a short command's start), otherwise (help, version, a mistyped command) with all of them.
   */
  public static CommandLine commandLine(String first) {
    CommandLine line = new CommandLine(new AtlasCommand());
    for (String name : SUBCOMMANDS) {
      if (first == null || !SUBCOMMANDS.contains(first) || first.equals(name)) {
        line.addSubcommand(name, subcommand(name));
      }
    }
    return line;
  }

  @Override
  public void run() {
    commandLine().usage(System.out);
  }
}
