package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link OpeningStorage} with an opener of its own: the dialect comes from the URL before the
 * opening ends, the opening runs on another thread (the caller goes on meanwhile), work waits for
 * it, a failed opening throws its own exception at the first use, and close closes exactly what
 * was opened, also when the opening ends only after close was called.
 */
class OpeningStorageTest {
  /** A storage that counts its closes; work runs with no connection. */
  private static final class Opened implements Storage {
    final AtomicInteger closed = new AtomicInteger();

    @Override public Dialect dialect() { return new H2gisDialect(); }
    @Override public <T> T read(SqlWork<T> work) { return null; }
    @Override public <T> T inTransaction(SqlWork<T> work) { return null; }
    @Override public <T> T inRolledBackTransaction(SqlWork<T> work) { return null; }
    @Override public Storage withStatementTimeout(Duration timeout) { return this; }
    @Override public void close() { closed.incrementAndGet(); }
  }

  @Test
  void the_caller_goes_on_while_the_database_opens_and_work_waits_for_it() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Opened opened = new Opened();
    Thread caller = Thread.currentThread();
    Thread[] openedOn = new Thread[1];
    Storage storage = OpeningStorage.start("jdbc:postgresql://db.example/atlas", () -> {
      openedOn[0] = Thread.currentThread();
      await(release);
      return opened;
    });
    assertInstanceOf(PostgisDialect.class, storage.dialect()); // while the opening waits
    release.countDown();
    assertSame(opened, storage.withStatementTimeout(Duration.ofSeconds(1)));
    assertFalse(openedOn[0] == caller);
    storage.close();
    assertEquals(1, opened.closed.get());
  }

  @Test
  void a_failed_opening_throws_its_own_exception_at_the_first_use_and_close_is_quiet() {
    StorageException failure = new StorageException("cannot open database x: refused", null);
    Storage storage = OpeningStorage.start("jdbc:h2:mem:x", () -> {
      throw failure;
    });
    assertSame(failure, assertThrows(StorageException.class, () -> storage.read(c -> null)));
    assertSame(failure, assertThrows(StorageException.class, () -> storage.inTransaction(c -> null)));
    storage.close();
  }

  @Test
  void close_before_the_opening_ends_waits_and_closes_what_it_opened() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Opened opened = new Opened();
    Storage storage = OpeningStorage.start("jdbc:h2:mem:x", () -> {
      await(release);
      return opened;
    });
    Thread closer = new Thread(storage::close);
    closer.start();
    closer.join(200);
    assertTrue(closer.isAlive(), "close waits for the opening");
    release.countDown();
    closer.join(10_000);
    assertFalse(closer.isAlive());
    assertEquals(1, opened.closed.get());
  }

  @Test
  void a_url_of_no_supported_database_is_refused_at_once() {
    assertThrows(IllegalArgumentException.class, () -> OpeningStorage.start("jdbc:mysql://x/y", Opened::new));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
