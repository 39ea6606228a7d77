package parcelatlas;

import parcelatlas.cli.AtlasCommand;
import parcelatlas.cli.ErrorHandler;
import picocli.CommandLine;

/** {@code java -jar parcel-atlas.jar serve|import|demo …} */
public final class App {
  private App() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status; only the named subcommand is built. */
  public static int run(String... args) {
    return AtlasCommand.commandLine(args.length == 0 ? null : args[0])
        .setExecutionExceptionHandler(new ErrorHandler()).execute(args);
  }

  /** The configured command line with every subcommand, for callers that want to capture its output. */
  public static CommandLine commandLine() {
    return AtlasCommand.commandLine().setExecutionExceptionHandler(new ErrorHandler());
  }
}
