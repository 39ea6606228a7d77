package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The access log's writer: lines reach the logger in the order they were handed over, a flush waits
 * for them, and a writer that cannot keep up makes the requests drop lines (counted, reported), never wait.
 */
class AccessLinesTest {
  /** A logger that records "LEVEL message" and, while {@code gate} is closed, blocks in its first info call. */
  private static Logger recording(List<String> lines, CountDownLatch entered, CountDownLatch gate) {
    return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
      String name = method.getName();
      if (method.getReturnType() == boolean.class) {
        return true;
      }
      if ((name.equals("info") || name.equals("warn")) && args != null && args[0] instanceof String pattern) {
        if (name.equals("info")) {
          entered.countDown();
          gate.await();
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        lines.add(name.toUpperCase() + " " + MessageFormatter.basicArrayFormat(pattern, rest));
      }
      return method.getReturnType() == String.class ? "recording" : null;
    });
  }

  @Test
  void lines_are_written_in_the_order_they_came_and_a_flush_waits_for_them() {
    List<String> lines = new CopyOnWriteArrayList<>();
    AccessLines writer = new AccessLines(recording(lines, new CountDownLatch(1), new CountDownLatch(0)), 8_192, "access-test-order");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      writer.add("GET /line/" + i + " 200 0ms id=x user=-");
      expected.add("INFO GET /line/" + i + " 200 0ms id=x user=-");
    }
    assertTrue(writer.flush(10_000), "flushed in time");
    assertEquals(expected, lines);
    assertEquals(0, writer.dropped());
  }

  @Test
  void a_full_queue_drops_and_counts_lines_without_making_the_request_wait() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch gate = new CountDownLatch(1);
    AccessLines writer = new AccessLines(recording(lines, entered, gate), 4, "access-test-full");
    writer.add("first");
    assertTrue(entered.await(10, TimeUnit.SECONDS), "the writer took the first line and is stuck in the log");
    long start = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      writer.add("line " + i);
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs < 5_000, "adding to a full queue returned at once, not when the log moved (" + tookMs + " ms)");
    assertEquals(6, writer.dropped(), "4 lines fit the queue, 6 did not");
    gate.countDown();
    assertTrue(writer.flush(10_000));
    assertEquals(List.of("INFO first", "WARN 6 access lines dropped: the log did not keep up",
        "INFO line 0", "INFO line 1", "INFO line 2", "INFO line 3"), lines, "the drops reported with the batch they held up");
  }
}
