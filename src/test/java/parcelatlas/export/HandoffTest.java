package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reader-to-writer hand-off of exports: order, the writer's failure reaching the reader, bounded memory. */
class HandoffTest {

  @Test
  void every_item_arrives_in_order() throws IOException {
    List<Integer> written = new ArrayList<>();
    try (Handoff<Integer> handoff = new Handoff<>(written::add)) {
      for (int i = 0; i < 10_001; i++) {
        handoff.put(i);
      }
      handoff.finish();
    }
    assertEquals(10_001, written.size());
    for (int i = 0; i < written.size(); i++) {
      assertEquals(i, written.get(i));
    }
  }

  @Test
  void the_writers_failure_stops_the_reader_soon_with_that_failure() {
    IOException disk = new IOException("disk full");
    AtomicInteger put = new AtomicInteger();
    try (Handoff<Integer> handoff = new Handoff<>(i -> {
      if (i == 1_000) {
        throw disk;
      }
    })) {
      IOException thrown = assertThrows(IOException.class, () -> {
        for (int i = 0; i < 1_000_000; i++) {
          handoff.put(i);
          put.incrementAndGet();
        }
        handoff.finish();
      });
      assertSame(disk, thrown);
    }
    // the queue holds a few batches: the reader is stopped long before the end of its million rows
    assertTrue(put.get() < 1_000 + 20 * Handoff.BATCH, "read " + put.get() + " rows after the writer failed");
  }

  @Test
  void a_runtime_failure_of_the_writer_is_rethrown_as_it_is() {
    IllegalStateException bug = new IllegalStateException("bug");
    try (Handoff<Integer> handoff = new Handoff<>(i -> {
      throw bug;
    })) {
      handoff.put(1);
      assertSame(bug, assertThrows(IllegalStateException.class, handoff::finish));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
