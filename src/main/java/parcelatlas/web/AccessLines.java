package parcelatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;

/**
 * Writes the access lines off the request threads: a request hands its finished line to a bounded
 * queue ({@value #CAPACITY} lines) and goes on; one daemon thread wakes every {@value #PERIOD_MS} ms,
 * takes the lines in batches and writes them, in the order they came, through the logger (so its
 * level and output are the logger's as before). The writer is not woken per line: a request only
 * adds to the queue (waking the writer for every line cost about what writing elsewhere saved). A
 * request never waits for the log: when the queue is full the line is dropped and counted, the
 * writer reports how many with its next batch ({@code N access lines dropped}), and
 * {@link #dropped} tells the total. {@link #flush} waits until every line handed over before
 * it is written (the server calls it when it stops, and a JVM shutdown hook once more: see the
 * constructor for why both).
 */
final class AccessLines {
  static final int CAPACITY = 8_192;
  private static final int BATCH = 256;
  static final long PERIOD_MS = 20;
  private final Logger log;
  private final BlockingQueue<String> queue;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong droppedSinceReport = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Object progress = new Object();
  private long written; // guarded by progress
  private final Thread writer;

  AccessLines(Logger log, int capacity, String threadName) {
    this.log = log;
    this.queue = new ArrayBlockingQueue<>(capacity);
    writer = new Thread(this::drain, threadName);
    writer.setDaemon(true);
    writer.start();
    // Two flush paths, both needed. The server's stop (Routes: serverStopped) writes the lines of
    // a stopped server while the JVM goes on (tests stop many apps in one JVM; `serve` stops the
    // server, then closes the database and prints "Stopped"). This hook covers a JVM that ends
    // without a server stop (System.exit, a signal StopSignals does not handle such as SIGHUP, a
    // caller that never stops its server): the writer is a daemon thread, so without the hook the
    // lines still queued would end with it. (SIGKILL runs neither.)
    Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(2_000), threadName + "-flush"));
  }

  /** Hands a line over; never blocks: a line that finds the queue full is counted as dropped. */
  void add(String line) {
    if (queue.offer(line)) {
      accepted.incrementAndGet();
    } else {
      dropped.incrementAndGet();
      droppedSinceReport.incrementAndGet();
    }
  }

  /** The lines dropped since the start because the queue was full. */
  long dropped() {
    return dropped.get();
  }

  /** Waits (at most {@code timeoutMs}) until every line handed over before this call is written. */
  boolean flush(long timeoutMs) {
    long target = accepted.get();
    LockSupport.unpark(writer);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    synchronized (progress) {
      while (written < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  private void drain() {
    List<String> batch = new ArrayList<>(BATCH);
    while (true) {
      if (queue.isEmpty()) {
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(PERIOD_MS)); // or until flush() unparks it
      }
      try {
        queue.drainTo(batch, BATCH);
        write(batch);
      } catch (RuntimeException e) {
        // a logger that failed must not stop the access log for good; the batch counts as written
      }
      if (!batch.isEmpty()) {
        synchronized (progress) {
          written += batch.size();
          progress.notifyAll();
        }
        batch.clear();
      }
    }
  }

  private void write(List<String> batch) {
    for (String line : batch) {
      log.info(line);
    }
    long lost = droppedSinceReport.getAndSet(0);
    if (lost > 0) {
      log.warn("{} access lines dropped: the log did not keep up", lost);
    }
  }
}
