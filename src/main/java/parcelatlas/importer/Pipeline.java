package parcelatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Two-stage pipeline: a producer runs on a thread of its own and hands items to the calling
 * thread in batches through a bounded queue, so an import reads, validates and reprojects on one
 * core while the caller writes to the database on the other, and at most {@code QUEUED × BATCH}
 * items are in flight whatever the file's size.
 *
 * <p>Contract: {@link #drain} gives every item to the consumer in the order produced and returns
 * once the producer has ended; then it rethrows what the producer threw (the same
 * RuntimeException or Error, so an OutOfMemoryError stays one). If the consumer throws, the
 * exception leaves {@code drain} and the producer is stopped at its next {@link Sink#put}.
 * {@link #close} (always call it) stops and waits for the producer; it never interrupts it, so
 * file channels it reads stay open.
 */
final class Pipeline<T> implements AutoCloseable {
  static final int BATCH = 256;
  private static final int QUEUED = 8;
  private static final List<Object> END = List.of();

  /** Where the producer puts its items. */
  interface Sink<T> {
    void put(T item);
  }

  /** The first stage, run on the pipeline's thread. */
  interface Producer<T> {
    void produce(Sink<T> sink);
  }

  /** The second stage, run on the thread that calls {@link #drain}. */
  interface Consumer<T, E extends Exception> {
    void accept(T item) throws E;
  }

  /** Unwinds the producer when the consumer has gone. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile boolean stopped;
  private volatile Throwable failure;

  Pipeline(String name, Producer<T> producer) {
    thread = new Thread(() -> run(producer), name);
    thread.setDaemon(true);
    thread.start();
  }

  private void run(Producer<T> producer) {
    List<T>[] batch = batchHolder();
    try {
      producer.produce(item -> {
        batch[0].add(item);
        if (batch[0].size() == BATCH) {
          send(batch[0]);
          batch[0] = new ArrayList<>(BATCH);
        }
      });
      send(batch[0]);
    } catch (Stopped e) {
      return;
    } catch (Throwable e) { // handed to the consumer's thread, which rethrows it
      failure = e;
    }
    try {
      if (failure != null) {
        send(batch[0]);
      }
      batch[0] = null;
      send(END);
    } catch (Stopped e) {
      // the consumer has gone
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T>[] batchHolder() {
    return new List[] {new ArrayList<T>(BATCH)};
  }

  private void send(List<?> items) {
    if (items.isEmpty() && items != END) {
      return;
    }
    try {
      while (stopped || !queue.offer(items, 50, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /** Hands every item to {@code consumer}, then rethrows the producer's failure, if any. */
  @SuppressWarnings("unchecked")
  <E extends Exception> void drain(Consumer<T, E> consumer) throws E {
    try {
      for (List<?> items = queue.take(); items != END; items = queue.take()) {
        for (Object item : items) {
          consumer.accept((T) item);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      throw new IllegalStateException("interrupted while importing", e);
    }
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    if (thrown != null) {
      throw new IllegalStateException(thrown);
    }
  }

  @Override
  public void close() {
    stopped = true;
    queue.clear();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
