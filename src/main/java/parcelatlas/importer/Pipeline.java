package parcelatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Three-stage pipeline: a producer on a thread of its own reads items and hands them in batches
 * to {@code converters} threads, which convert the batches side by side; the calling thread gets
 * the converted items in the order produced. So an import reads on one thread, validates and
 * reprojects on every core, and writes to the database on the caller's thread, which holds the
 * transaction. At most {@code (2 × converters + 5) × BATCH} items are in flight, whatever the
 * file's size: the producer waits while the queue of batches is full.
 *
 * <p>Contract: {@link #drain} gives every converted item to the consumer in the order produced
 * and returns once the producer has ended; then it rethrows what the producer threw (the same
 * RuntimeException or Error, so an OutOfMemoryError stays one). A converter's failure leaves
 * {@code drain} when its batch's turn comes (the items of earlier batches were consumed) and
 * stops the producer at its next {@link Sink#put} and the other converters at their next batch.
 * If the consumer throws, the exception leaves {@code drain} and the producer is stopped at its
 * next put. {@link #close} (always call it) stops and waits for every thread; it never interrupts
 * the producer, so file channels it reads stay open.
 */
final class Pipeline<S, T> implements AutoCloseable {
  static final int BATCH = 256;
  private static final Future<List<Object>> END = CompletableFuture.completedFuture(List.of());
  private static final AtomicInteger RUNS = new AtomicInteger();

  /** Where the producer puts its items. */
  interface Sink<S> {
    void put(S item);
  }

  /** The first stage, run on the pipeline's thread. */
  interface Producer<S> {
    void produce(Sink<S> sink);
  }

  /** The last stage, run on the thread that calls {@link #drain}. */
  interface Consumer<T, E extends Exception> {
    void accept(T item) throws E;
  }

  /** Unwinds the producer when the consumer has gone or a converter failed. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<Future<List<Object>>> queue;
  private final ExecutorService converting;
  private final Function<S, T> converter;
  private final Thread thread;
  /** The consumer has gone: every thread stops. */
  private volatile boolean stopped;
  /** A converter failed: the producer stops reading; the batches queued are still consumed in order. */
  private volatile boolean convertFailed;
  private volatile Throwable failure;

  /** Starts the producer at once; {@code converters} ≥ 1 threads convert with {@code converter}. */
  Pipeline(String name, Producer<S> producer, Function<S, T> converter, int converters) {
    if (converters < 1) {
      throw new IllegalArgumentException("converters must be at least 1: " + converters);
    }
    this.converter = converter;
    this.queue = new ArrayBlockingQueue<>(2 * converters + 2);
    int run = RUNS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.converting = Executors.newFixedThreadPool(converters, r -> {
      Thread t = new Thread(r, name + "-" + run + "-convert-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    thread = new Thread(() -> run(producer), name + "-" + run);
    thread.setDaemon(true);
    thread.start();
  }

  private void run(Producer<S> producer) {
    List<List<S>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
    try {
      producer.produce(item -> {
        if (stopped || convertFailed) {
          throw new Stopped();
        }
        batch.get(0).add(item);
        if (batch.get(0).size() == BATCH) {
          send(batch.get(0));
          batch.set(0, new ArrayList<>(BATCH));
        }
      });
      send(batch.get(0));
    } catch (Stopped e) {
      if (stopped) {
        return; // the consumer has gone
      } // else a converter failed: its batch is queued, drain rethrows its failure before the end
    } catch (Throwable e) { // handed to the consumer's thread, which rethrows it
      failure = e;
    }
    try {
      if (failure != null) {
        send(batch.get(0));
      }
      batch.clear();
      offer(END);
    } catch (Stopped e) {
      // the consumer has gone
    }
  }

  private void send(List<S> items) {
    if (items.isEmpty()) {
      return;
    }
    Future<List<Object>> converted;
    try {
      converted = converting.submit(() -> convert(items));
    } catch (RejectedExecutionException e) {
      throw new Stopped();
    }
    offer(converted);
  }

  private List<Object> convert(List<S> items) {
    List<Object> out = new ArrayList<>(items.size());
    try {
      for (S item : items) {
        if (stopped) {
          return List.of();
        }
        out.add(converter.apply(item));
      }
    } catch (Throwable e) { // rethrown by drain when this batch's turn comes
      convertFailed = true;
      throw e;
    }
    return out;
  }

  private void offer(Future<List<Object>> batch) {
    try {
      while (stopped || !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          batch.cancel(false);
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /** Hands every converted item to {@code consumer}, then rethrows the producer's failure, if any. */
  @SuppressWarnings("unchecked")
  <E extends Exception> void drain(Consumer<T, E> consumer) throws E {
    try {
      for (Future<List<Object>> batch = queue.take(); batch != END; batch = queue.take()) {
        for (Object item : batch.get()) {
          consumer.accept((T) item);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      throw new IllegalStateException("interrupted while importing", e);
    } catch (ExecutionException e) {
      stopped = true;
      throw rethrown(e.getCause());
    } catch (RuntimeException | Error e) {
      stopped = true;
      throw e;
    } catch (Exception e) { // the consumer's own E
      stopped = true;
      throw e;
    }
    if (failure != null) {
      throw rethrown(failure);
    }
  }

  private static RuntimeException rethrown(Throwable thrown) {
    if (thrown instanceof RuntimeException runtime) {
      return runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(thrown);
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
    converting.shutdownNow();
    try {
      converting.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
