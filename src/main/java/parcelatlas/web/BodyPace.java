package parcelatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.time.Duration;
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
 * <p>While a read waits, the connection's idle timeout is the budget still left ({@link ReadDeadline}):
 * a client silent after its headers is cut after the grace, answered 408 like a slow one, where Jetty's
 * 30 s idle timeout held its server thread (250 such connections held the whole pool for 30–60 s).
 * Limits: only blocking reads through
 * {@code getInputStream} are paced ({@code getReader}, an asynchronous {@code ReadListener} and
 * Jetty's own form and multipart parsing are not; the portal uses none of them for bodies).
 */
final class BodyPace extends ServletInputStream {
  private static final long NANOS_PER_BYTE = 1_000_000_000L / BodyLimits.MIN_BYTES_PER_SECOND;
  private final ServletInputStream in;
  private final long length;
  private final long graceNanos;
  private final ReadDeadline deadline;
  private final Runnable ended;
  private long waitedNanos;
  private long received;
  private boolean refused;

  /** Paces {@code in}, a body of {@code length} bytes (-1: unknown), allowing {@code grace} besides its bytes. */
  BodyPace(ServletInputStream in, long length, Duration grace) {
    this(in, length, grace, ReadDeadline.NONE, () -> { });
  }

  /**
   * Paces {@code in} as above, its connection cut when a read waits past the budget left; {@code ended}
   * runs when the body is complete or refused.
   */
  BodyPace(ServletInputStream in, long length, Duration grace, ReadDeadline deadline, Runnable ended) {
    this.in = in;
    this.length = length;
    this.graceNanos = grace.toNanos();
    this.deadline = deadline;
    this.ended = ended;
  }

  /**
   * Runs {@code chain} with the body of {@code request} paced when it has one (called by {@link JettyStack}'s
   * filter in front of Javalin's servlet), at most {@link BodyReaders#PER_CLIENT} of one client's at once.
   */
  static void pace(ServletRequest request, ServletResponse response, FilterChain chain, BodyReaders readers)
      throws IOException, ServletException {
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    Paced paced = new Paced((HttpServletRequest) request, readers);
    try {
      chain.doFilter(paced, response);
    } finally {
      paced.done();
    }
  }

  private static boolean hasBody(ServletRequest request) {
    return request instanceof HttpServletRequest http && http.getContentLengthLong() != 0
        && (http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null);
  }

  /** A request whose body is paced, counted among its client's bodies from the first read to its end. */
  private static final class Paced extends HttpServletRequestWrapper {
    private final HttpServletRequest http;
    private final BodyReaders readers;
    private String counted;
    private BodyPace body;

    Paced(HttpServletRequest http, BodyReaders readers) {
      super(http);
      this.http = http;
      this.readers = readers;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        String address = readers.addressOf(http);
        readers.enter(address);
        counted = address;
        body = new BodyPace(super.getInputStream(), http.getContentLengthLong(), BodyLimits.BODY_GRACE,
            ReadDeadline.of(http), this::done);
      }
      return body;
    }

    /** The body all read, refused or left: no longer counted (once). */
    void done() {
      if (counted != null) {
        readers.leave(counted);
        counted = null;
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    if (refused) {
      throw tooSlow();
    }
    long start = System.nanoTime();
    deadline.waitAtMost(graceNanos + received * NANOS_PER_BYTE - waitedNanos);
    int n;
    try {
      n = in.read(buffer, offset, count);
    } catch (IOException e) {
      if (ReadDeadline.isTimeout(e)) {
        throw refuse();
      }
      throw e;
    } finally {
      deadline.restore();
    }
    waited(start, n);
    return n;
  }

  private void waited(long start, int n) {
    waitedNanos += System.nanoTime() - start;
    received += Math.max(n, 0);
    boolean complete = n < 0 || received == length;
    if (complete) {
      ended.run();
    } else if (waitedNanos > graceNanos + received * NANOS_PER_BYTE) {
      throw refuse();
    }
  }

  private ApiException refuse() {
    refused = true;
    ended.run();
    return tooSlow();
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
