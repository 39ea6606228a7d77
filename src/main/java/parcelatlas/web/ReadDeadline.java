package parcelatlas.web;

import jakarta.servlet.ServletRequest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;

/**
 * The connection's idle timeout while {@link BodyPace} waits in a read: the pace budget still left
 * instead of Jetty's 30 s, so a client that sends a body's headers and then nothing is cut after the
 * grace ({@link BodyLimits#BODY_GRACE}, 5 s) and its server thread is free again. Set only around a read
 * that would block ({@link #waitAtMost}) and put back at once after it ({@link #restore}), so the
 * server's own pauses, the keep-alive wait and the response's writes keep Jetty's timeout: a write
 * fails only after that long without any progress, so a slow but moving download is never cut.
 *
 * <p>Jetty counts idleness from the connection's last bytes, not from the read: the time the
 * connection has been idle already is added, so time the server spent between two reads is not
 * charged to the client. A request that did not come through Jetty's servlet layer (none here) is
 * paced as before, without a deadline.
 */
final class ReadDeadline {
  /** No deadline: reads wait as long as Jetty lets them (a stream not read from a connection). */
  static final ReadDeadline NONE = new ReadDeadline(null);
  private final EndPoint endPoint;
  private long jettyTimeoutMs;

  private ReadDeadline(EndPoint endPoint) {
    this.endPoint = endPoint;
  }

  /** The deadline of {@code request}'s connection. */
  static ReadDeadline of(ServletRequest request) {
    ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
    if (jetty == null || jetty.getConnectionMetaData().getConnection() == null) {
      return NONE;
    }
    return new ReadDeadline(jetty.getConnectionMetaData().getConnection().getEndPoint());
  }

  /** Before a read that may block: the connection is cut if no byte comes within {@code leftNanos}. */
  void waitAtMost(long leftNanos) {
    if (endPoint == null) {
      return;
    }
    long idleFor = endPoint instanceof IdleTimeout idle ? idle.getIdleFor() : 0;
    jettyTimeoutMs = endPoint.getIdleTimeout();
    long ms = idleFor + Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos));
    if (ms < jettyTimeoutMs) {
      endPoint.setIdleTimeout(ms);
    }
  }

  /** After the read, however it ended: Jetty's own timeout again. */
  void restore() {
    if (endPoint != null && jettyTimeoutMs > 0 && endPoint.getIdleTimeout() != jettyTimeoutMs) {
      endPoint.setIdleTimeout(jettyTimeoutMs);
    }
  }

  /** Whether {@code failure}, thrown by a read, is the connection's idle timeout. */
  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
