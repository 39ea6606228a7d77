package parcelatlas.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Hands items from the thread that reads the database to a second thread that writes them, in
 * batches through a bounded queue, so an export keeps both cores busy (the reader decodes rows and
 * geometries while the writer reprojects and encodes) and memory stays bounded. The writer's
 * failure stops the reader at its next {@link #put}; {@link #finish} waits for the writer and
 * rethrows what it threw.
 */
final class Handoff<T> implements AutoCloseable {
  /** What the second thread does with each item. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T item) throws IOException;
  }

  static final int BATCH = 256;
  private static final List<Object> END = List.of();
  private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(8);
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "export-writer");
    t.setDaemon(true);
    return t;
  });
  private final Future<?> writing;
  private List<T> batch = new ArrayList<>(BATCH);

  Handoff(Writer<T> writer) {
    this.writing = thread.submit(() -> {
      for (List<?> items = queue.take(); items != END; items = queue.take()) {
        for (Object item : items) {
          @SuppressWarnings("unchecked")
          T t = (T) item;
          writer.write(t);
        }
      }
      return null;
    });
  }

  /** Queues an item for the writer; throws at once if the writer has failed. */
  void put(T item) throws IOException {
    batch.add(item);
    if (batch.size() == BATCH) {
      send(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Sends what is left, waits for the writer to write it all, and rethrows its failure if any. */
  void finish() throws IOException {
    if (!batch.isEmpty()) {
      send(batch);
    }
    send(END);
    awaitWriter();
  }

  private void awaitWriter() throws IOException {
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("export interrupted");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
  }

  private void send(List<?> items) throws IOException {
    try {
      while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
        if (writing.isDone()) {
          awaitWriter(); // the writer stopped early: it failed, and this rethrows why
          throw new IllegalStateException("the export writer stopped before the end");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("export interrupted");
    }
  }

  private static IOException failure(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  /** Stops the writer if {@link #finish} was not reached (the reader failed). */
  @Override
  public void close() {
    writing.cancel(true);
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS); // the caller closes the files next: not under the writer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
