package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import parcelatlas.domain.ErrorCode;

/**
 * How long a request may keep the server waiting for its body: only the time spent inside a read
 * of the body counts (the server waiting for the client's bytes), at most {@link BodyLimits#BODY_GRACE}
 * plus a second per {@link BodyLimits#MIN_BYTES_PER_SECOND} bytes received so far; past that the read
 * throws 408 {@code RequestTimeout} (answered by {@link ApiErrors}), and so does every later read,
 * so the refusal's drain returns at once and Jetty closes the connection with the body unread.
 *
 * <p>Time the server spends elsewhere (its before-handlers, a database wait, a thread descheduled
 * between two reads on a busy machine) never counts against the client, and a body is never refused
 * once it is all there (the read that brings its last byte or its end). This replaces Jetty's
 * {@code minRequestDataRate}, which runs before every read (one served from bytes already received
 * included) and divides the bytes read by the time since the first of them was read: a 150-byte
 * sign-in whose two reads were 0.3 s apart on a loaded machine got 408, and so did a small body
 * whose last TCP segment was retransmitted a second late.
 *
 * <p>Limits: a read blocks until bytes come or Jetty's idle timeout (30 s) ends it, so a client
 * silent after its headers holds a thread that long, as before; only blocking reads through
 * {@code getInputStream} are paced ({@code getReader}, an asynchronous {@code ReadListener} and
 * Jetty's own form and multipart parsing are not; the portal uses none of them for bodies).
 */
final class BodyPace extends ServletInputStream {
  private static final long NANOS_PER_BYTE = 1_000_000_000L / BodyLimits.MIN_BYTES_PER_SECOND;
  private final ServletInputStream in;
  private final long length;
  private final long graceNanos;
  private long waitedNanos;
  private long received;
  private boolean refused;

  /** Paces {@code in}, a body of {@code length} bytes (-1: unknown), allowing {@code grace} besides its bytes. */
  BodyPace(ServletInputStream in, long length, Duration grace) {
    this.in = in;
    this.length = length;
    this.graceNanos = grace.toNanos();
  }

  /** Paces the body of every request that has one (a filter in front of Javalin's servlet). */
  static void install(JavalinConfig config) {
    Filter pacing = (request, response, chain) -> chain.doFilter(paced(request), response);
    config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(pacing), "/*",
        EnumSet.of(DispatcherType.REQUEST)));
  }

  private static ServletRequest paced(ServletRequest request) {
    if (!(request instanceof HttpServletRequest http)
        || http.getContentLengthLong() == 0 || http.getContentLengthLong() < 0 && http.getHeader("Transfer-Encoding") == null) {
      return request; // no body
    }
    return new HttpServletRequestWrapper(http) {
      private BodyPace body;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
          body = new BodyPace(super.getInputStream(), http.getContentLengthLong(), BodyLimits.BODY_GRACE);
        }
        return body;
      }
    };
  }

  @Override
  public int read() throws IOException {
    long start = start();
    int b = in.read();
    waited(start, b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    long start = start();
    int n = in.read(buffer, offset, count);
    waited(start, n);
    return n;
  }

  private long start() {
    if (refused) {
      throw tooSlow();
    }
    return System.nanoTime();
  }

  private void waited(long start, int n) {
    waitedNanos += System.nanoTime() - start;
    received += Math.max(n, 0);
    boolean complete = n < 0 || received == length;
    if (!complete && waitedNanos > graceNanos + received * NANOS_PER_BYTE) {
      refused = true;
      throw tooSlow();
    }
  }

  private static ApiException tooSlow() {
    return new ApiException(408, ErrorCode.REQUEST_TIMEOUT, "the request's body came too slowly (at least "
        + BodyLimits.MIN_BYTES_PER_SECOND + " bytes a second after the first " + BodyLimits.BODY_GRACE.toSeconds()
        + " s); send it again");
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public boolean isFinished() {
    return in.isFinished();
  }

  @Override
  public boolean isReady() {
    return in.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    in.setReadListener(listener);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
