package parcelatlas.cli;

import parcelatlas.geo.UnknownCrsException;
import parcelatlas.importer.ImportFailedException;
import parcelatlas.io.BadInputException;
import parcelatlas.storage.ImportLock;
import parcelatlas.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints what went wrong as one clear message instead of a stack trace, for the failures a user
 * can act on; anything else is a bug and keeps its stack trace.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    if (e instanceof ImportFailedException || e instanceof BadInputException
        || e instanceof UnknownCrsException || e instanceof IllegalArgumentException
        || e instanceof StorageException || e instanceof ImportLock.Held) {
      command.getErr().println("error: " + e.getMessage());
      return 1;
    }
    command.getErr().println("internal error (please report):");
    e.printStackTrace(command.getErr());
    return 2;
  }
}
