package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * How large a request body each class of route takes, checked from the headers before a byte of
 * the body is read: an export's options (a drawn polygon of up to 2,000 vertices) at most
 * {@link #EXPORT_BYTES}, every other JSON or form API at most {@link #JSON_BYTES}; an import upload
 * ({@code POST /api/imports}) keeps its own limit, {@code import.max.bytes}, checked while it streams.
 * A body over the limit is refused with 413 naming the route and the limit; a body of unknown
 * length (chunked) on a limited route with 411, since its size could not be bounded up front.
 */
final class BodyLimits {
  static final int JSON_BYTES = 32 * 1024;
  static final int EXPORT_BYTES = 256 * 1024;
  /** The server-wide cap Javalin enforces when a body is read: the largest of the limits above. */
  static final long SERVER_BYTES = EXPORT_BYTES;
  /**
   * The slowest a request body may keep the server waiting, with {@link #BODY_GRACE} ({@link BodyPace}:
   * only time spent waiting in a read of the body counts; slower ends with 408): a byte a second, each
   * in time for the idle timeout, would otherwise hold a server thread for minutes per client.
   */
  static final long MIN_BYTES_PER_SECOND = 512;
  /**
   * The waiting a body may cost besides its bytes' share ({@link BodyPace}): a small body's segment
   * lost and retransmitted twice (1 s, then 2 s) still arrives in time; a byte a second is cut off
   * after about this long.
   */
  static final Duration BODY_GRACE = Duration.ofSeconds(5);

  private BodyLimits() {}

  /** A before-handler for every route. */
  static void check(Context ctx) {
    String path = ctx.path();
    if (path.equals("/api/imports") || PhotoApi.isUpload(ctx) || !path.startsWith("/api/")) {
      return;
    }
    int limit = path.startsWith("/api/export") ? EXPORT_BYTES : JSON_BYTES;
    if (ctx.header("Transfer-Encoding") != null) {
      throw new ApiException(411, ErrorCode.LENGTH_REQUIRED, "send the body of " + route(ctx)
          + " with a Content-Length (at most " + limit / 1024 + " KB)", "limitKb", limit / 1024);
    }
    if (ctx.contentLength() > limit) {
      throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE, "the body of " + route(ctx) + " may be at most "
          + limit / 1024 + " KB; this one has " + ctx.contentLength() + " bytes",
          "limitKb", limit / 1024, "bytes", ctx.contentLength());
    }
  }

  /** {@code METHOD /path}, for a refusal's text (made only when refusing). */
  private static String route(Context ctx) {
    return ctx.method() + " " + ctx.path();
  }
}
