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

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers that want to capture its output. */
  public static CommandLine commandLine() {
    return new CommandLine(new AtlasCommand()).setExecutionExceptionHandler(new ErrorHandler());
  }
}
