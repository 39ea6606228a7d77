package parcelatlas.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import parcelatlas.accounts.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request ids and the access log. Every request gets an id: a caller's (or proxy's) valid
 * {@code X-Request-Id} (1–64 characters of {@code A–Z a–z 0–9 . _ : -}) is kept, anything else is
 * replaced by a random UUID; the id is echoed in the response header, written in the access line
 * and in the 500 error line ({@link ApiErrors}). One access line per request, on the logger
 * {@code parcelatlas.access}: method, path (never the query string, which may hold a filter or a
 * token), status, duration in ms, request id, the signed-in user name or {@code -}. The line is
 * made on the request thread and written by {@link AccessLines}' thread, off the request's path.
 */
final class AccessLog {
  static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "parcelatlas.request-id";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final int MAX_PATH = 200;
  private static final Logger LOG = LoggerFactory.getLogger("parcelatlas.access");
  private static final AccessLines LINES = new AccessLines(LOG, AccessLines.CAPACITY, "access-log");

  private AccessLog() {}

  /** Before every request: keeps a valid incoming id or makes one, and echoes it. */
  static void assignId(Context ctx) {
    String incoming = ctx.header(HEADER);
    String id = incoming != null && VALID.matcher(incoming).matches() ? incoming : newId();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /**
   * A random (version 4) UUID from the thread's fast generator: a request id only tells log lines
   * apart, it guards nothing, so it needs no SecureRandom (whose shared lock every request took).
   */
  static String newId() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** The request's id, or {@code -} before {@link #assignId} ran. */
  static String requestId(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }

  /** Hands the request's access line to the writer. */
  static void write(Context ctx, float durationMs) {
    if (LOG.isInfoEnabled()) {
      LINES.add(line(ctx, durationMs));
    }
  }

  /** The access line: {@code GET /path 200 3ms id=… user=…}. */
  static String line(Context ctx, float durationMs) {
    Viewer viewer = AuthApi.viewer(ctx);
    String user = viewer.isStaff() ? viewer.user().username() : "-";
    return new StringBuilder(96).append(ctx.method().name()).append(' ').append(printable(ctx.path()))
        .append(' ').append(ctx.statusCode()).append(' ').append(Math.round(durationMs)).append("ms id=")
        .append(requestId(ctx)).append(" user=").append(user).toString();
  }

  /** Waits until every access line of a request answered so far is written (when the server stops). */
  static void flush() {
    LINES.flush(5_000);
  }

  /** Lines dropped because the writer fell behind by a full queue. */
  static long dropped() {
    return LINES.dropped();
  }

  /** The path as one safe log token: anything but printable ASCII percent-encoded (UTF-8), length capped. */
  static String printable(String path) {
    if (path.length() < MAX_PATH && plainAscii(path)) {
      return path; // the common case, as it is: nothing to encode, nothing to cut
    }
    StringBuilder out = new StringBuilder();
    path.codePoints().forEach(c -> {
      if (out.length() >= MAX_PATH) {
        return;
      }
      if (c > 0x20 && c < 0x7f && c != '%') {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append(String.format("%%%02X", b & 0xff));
        }
      }
    });
    return out.length() >= MAX_PATH ? out + "…" : out.toString();
  }

  private static boolean plainAscii(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '%') {
        return false;
      }
    }
    return true;
  }
}
