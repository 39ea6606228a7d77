package parcelatlas.storage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A {@link Storage} whose database opens on a thread of its own, so that a short command does its
 * own first work (opening and checking its file, parsing its options, loading the classes it needs)
 * while the pool connects and the schema is checked, instead of after.
 *
 * <p>{@link #dialect()} answers at once, from the URL. Every other call waits for the opening and
 * then runs on the opened storage; an opening that failed throws its exception there (a
 * {@link StorageException}: one line for the user, as when the database is opened in the caller's
 * thread), so a command that refuses its input first reports the input and never the database.
 * {@link #close()} waits for an opening still under way and closes what it opened: no pool outlives
 * the command.
 */
public final class OpeningStorage implements Storage {
  private final Dialect dialect;
  private final CompletableFuture<Storage> opening;

  private OpeningStorage(Dialect dialect, CompletableFuture<Storage> opening) {
    this.dialect = dialect;
    this.opening = opening;
  }

  /**
   * Starts opening the database at {@code url} with {@code opener} on a new thread.
   *
   * @throws IllegalArgumentException at once, for a URL of no supported database
   */
  public static Storage start(String url, Supplier<Storage> opener) {
    Dialect dialect = Dialect.forUrl(url);
    CompletableFuture<Storage> opening = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        opening.complete(opener.get());
      } catch (Throwable e) { // every failure reaches the caller's next use of the storage
        opening.completeExceptionally(e);
      }
    }, "database-opening");
    thread.setDaemon(true);
    thread.start();
    return new OpeningStorage(dialect, opening);
  }

  /** The opened storage, waiting for it; the opening's own exception when it failed. */
  private Storage opened() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new StorageException("cannot open the database: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    return opened().read(work);
  }

  @Override
  public <T> T autocommit(SqlWork<T> work) {
    return opened().autocommit(work);
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    return opened().inTransaction(work);
  }

  @Override
  public <T> T inRolledBackTransaction(SqlWork<T> work) {
    return opened().inRolledBackTransaction(work);
  }

  @Override
  public Storage withStatementTimeout(Duration statementTimeout) {
    return opened().withStatementTimeout(statementTimeout);
  }

  @Override
  public void recycleConnections() {
    opened().recycleConnections();
  }

  /** Waits for the opening, if still under way, and closes what it opened; a failed opening has nothing to close. */
  @Override
  public void close() {
    Storage storage;
    try {
      storage = opening.join();
    } catch (CompletionException e) {
      return;
    }
    storage.close();
  }
}
