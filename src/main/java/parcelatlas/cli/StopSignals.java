package parcelatlas.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * SIGTERM (what systemd, Docker and Kubernetes send) and SIGINT (Ctrl-C) as a request to stop,
 * handled by the serving thread instead of the JVM's default, so the server can finish its
 * requests and the process exit with status 0 rather than 143. Where the signals cannot be
 * handled, a shutdown hook asks for the same stop and waits (at most a minute) for it to finish;
 * the exit status is then the JVM's.
 */
final class StopSignals {
  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Starts listening for the signals. */
  static StopSignals install() {
    StopSignals signals = new StopSignals();
    try {
      Signal.handle(new Signal("TERM"), signal -> signals.requested.countDown());
      Signal.handle(new Signal("INT"), signal -> signals.requested.countDown());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      Runtime.getRuntime().addShutdownHook(new Thread(signals::stopFromHook, "stop"));
    }
    return signals;
  }

  /** Blocks until a stop is asked for. */
  void awaitStopRequest() throws InterruptedException {
    requested.await();
  }

  /** Says the stop is done (the shutdown hook, if one is used, may let the JVM exit). */
  void finished() {
    finished.countDown();
  }

  private void stopFromHook() {
    requested.countDown();
    try {
      finished.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
