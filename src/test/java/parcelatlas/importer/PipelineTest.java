package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void everyItemArrivesInOrderOnTheCallersThreadWhileTheProducerRunsOnAnother() {
    AtomicReference<Thread> producerThread = new AtomicReference<>();
    List<Integer> got = new ArrayList<>();
    try (Pipeline<Integer> pipeline = new Pipeline<>("test-producer", sink -> {
      producerThread.set(Thread.currentThread());
      for (int i = 0; i < 100_000; i++) {
        sink.put(i);
      }
    })) {
      pipeline.drain(got::add);
    }
    assertEquals(100_000, got.size());
    for (int i = 0; i < got.size(); i++) {
      assertEquals(i, got.get(i));
    }
    assertNotEquals(Thread.currentThread(), producerThread.get());
  }

  @Test
  void theProducersErrorIsRethrownItselfAfterWhatItProduced() {
    OutOfMemoryError error = new OutOfMemoryError("simulated");
    List<Integer> got = new ArrayList<>();
    try (Pipeline<Integer> pipeline = new Pipeline<>("test-producer", sink -> {
      for (int i = 0; i < 1000; i++) {
        sink.put(i);
      }
      throw error;
    })) {
      assertSame(error, assertThrows(OutOfMemoryError.class, () -> pipeline.drain(got::add)));
    }
    assertEquals(1000, got.size());
  }

  @Test
  void aFailingConsumerStopsTheProducerAndAtMostABoundedNumberOfItemsWereInFlight() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    Pipeline<Integer> pipeline = new Pipeline<>("test-producer", sink -> {
      for (int i = 0; i < 10_000_000; i++) {
        sink.put(i);
        mostAhead.accumulateAndGet(produced.incrementAndGet() - consumed.get(), Math::max);
      }
    });
    SQLException failure = new SQLException("the database went away");
    try (pipeline) {
      assertSame(failure, assertThrows(SQLException.class, () -> pipeline.drain(item -> {
        if (consumed.incrementAndGet() == 50_000) {
          throw failure;
        }
      })));
    }
    assertTrue(produced.get() < 100_000, "the producer stopped soon after the consumer failed: " + produced);
    assertTrue(mostAhead.get() <= 10 * Pipeline.BATCH + 1, "items in flight at most: " + mostAhead);
  }
}
