package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void everyItemArrivesConvertedAndInOrderWhileSeveralThreadsConvert() throws Exception {
    AtomicReference<Thread> producerThread = new AtomicReference<>();
    Set<Thread> converting = ConcurrentHashMap.newKeySet();
    CountDownLatch twoAtOnce = new CountDownLatch(2);
    List<Integer> got = new ArrayList<>();
    Function<Integer, Integer> square = i -> {
      if (converting.add(Thread.currentThread())) {
        twoAtOnce.countDown();
        try { // the first two batches are converted at the same time, on two threads
          assertTrue(twoAtOnce.await(20, TimeUnit.SECONDS), "a second converter started");
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return i * 3;
    };
    try (Pipeline<Integer, Integer> pipeline = new Pipeline<>("test-order", sink -> {
      producerThread.set(Thread.currentThread());
      for (int i = 0; i < 100_000; i++) {
        sink.put(i);
      }
    }, square, 4)) {
      pipeline.drain(got::add);
    }
    assertEquals(100_000, got.size());
    for (int i = 0; i < got.size(); i++) {
      assertEquals(i * 3, got.get(i));
    }
    assertTrue(converting.size() >= 2, "converted on threads " + converting);
    assertFalse(converting.contains(Thread.currentThread()));
    assertFalse(converting.contains(producerThread.get()));
    assertNotEquals(Thread.currentThread(), producerThread.get());
    assertNoThreadLeft("test-order");
  }

  @Test
  void theProducersErrorIsRethrownItselfAfterWhatItProduced() {
    OutOfMemoryError error = new OutOfMemoryError("simulated");
    List<Integer> got = new ArrayList<>();
    try (Pipeline<Integer, Integer> pipeline = new Pipeline<>("test-producer-error", sink -> {
      for (int i = 0; i < 1000; i++) {
        sink.put(i);
      }
      throw error;
    }, Function.identity(), 2)) {
      assertSame(error, assertThrows(OutOfMemoryError.class, () -> pipeline.drain(got::add)));
    }
    assertEquals(1000, got.size());
  }

  @Test
  void aFailingConsumerStopsTheProducerAndAtMostABoundedNumberOfItemsWereInFlight() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    Pipeline<Integer, Integer> pipeline = new Pipeline<>("test-consumer-fails", sink -> {
      for (int i = 0; i < 10_000_000; i++) {
        sink.put(i);
        mostAhead.accumulateAndGet(produced.incrementAndGet() - consumed.get(), Math::max);
      }
    }, Function.identity(), 2);
    SQLException failure = new SQLException("the database went away");
    try (pipeline) {
      assertSame(failure, assertThrows(SQLException.class, () -> pipeline.drain(item -> {
        if (consumed.incrementAndGet() == 50_000) {
          throw failure;
        }
      })));
    }
    assertTrue(produced.get() < 100_000, "the producer stopped soon after the consumer failed: " + produced);
    assertTrue(mostAhead.get() <= (2 * 2 + 5) * Pipeline.BATCH + 1, "items in flight at most: " + mostAhead);
    assertNoThreadLeft("test-consumer-fails");
  }

  @Test
  void aFailingConverterStopsTheProducerAndItsFailureComesAfterEveryEarlierBatch() {
    AtomicInteger produced = new AtomicInteger();
    List<Integer> got = new ArrayList<>();
    IllegalStateException failure = new IllegalStateException("a converter broke");
    int failing = 50_000;
    try (Pipeline<Integer, Integer> pipeline = new Pipeline<>("test-converter-fails", sink -> {
      for (int i = 0; i < 10_000_000; i++) {
        sink.put(i);
        produced.incrementAndGet();
      }
    }, i -> {
      if (i == failing) {
        throw failure;
      }
      return i;
    }, 3)) {
      assertSame(failure, assertThrows(IllegalStateException.class, () -> pipeline.drain(got::add)));
    }
    int batchStart = failing / Pipeline.BATCH * Pipeline.BATCH;
    assertEquals(batchStart, got.size(), "every item of the batches before the failing one, none after");
    for (int i = 0; i < got.size(); i++) {
      assertEquals(i, got.get(i));
    }
    assertTrue(produced.get() < 100_000, "the producer stopped soon after the converter failed: " + produced);
    assertNoThreadLeft("test-converter-fails");
  }

  /** After close, none of the pipeline's threads (named after it) is alive. */
  private static void assertNoThreadLeft(String name) {
    List<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(Thread::getName).filter(n -> n.startsWith(name + "-")).toList();
    assertEquals(List.of(), alive, "threads left running");
  }
}
