package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.DemoApp;

/**
 * A request body may keep the server waiting {@link BodyLimits#BODY_GRACE} plus a second per
 * {@link BodyLimits#MIN_BYTES_PER_SECOND} bytes ({@link BodyPace}). An anonymous client that sends a
 * body a byte a second (each in time for the idle timeout) cannot hold a server thread for the
 * minutes that takes: 408 and the connection closes (before the minimum rate, the server waited as
 * long as the bytes kept coming). A small body is not refused for what the server or the network did:
 * with Jetty's minimum data rate, a sign-in whose last bytes came a second late got 408. (Both databases:
 * one test holds the sessions table in each its own way.)
 */
@Tag("database")
class SlowBodyTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();
  private static final String SIGN_IN = "{\"username\":\"nobody\",\"password\":\"not the password at all\"}";
  private static final ExecutorService HOLDER = Executors.newSingleThreadExecutor();

  @AfterAll
  static void stopHolder() {
    HOLDER.shutdownNow();
  }

  @Test
  void a_body_trickled_a_byte_a_second_is_cut_off_within_seconds() throws Exception {
    String body = "layer=parcels&format=csv&filter=" + "x".repeat(2000);
    assertCutOff(head("POST /api/export", "application/x-www-form-urlencoded", body.length()), body);
  }

  @Test
  void a_sign_in_trickled_a_byte_a_second_is_cut_off_within_seconds() throws Exception {
    assertCutOff(head("POST /api/login", "application/json", SIGN_IN.length()), SIGN_IN);
  }

  @Test
  void a_sign_in_whose_last_bytes_come_a_second_and_a_half_late_is_answered() throws Exception {
    int half = SIGN_IN.length() / 2;
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(bytes(head("POST /api/login", "application/json", SIGN_IN.length()) + SIGN_IN.substring(0, half)));
      out.flush();
      Thread.sleep(1500); // a lost segment, sent again
      out.write(bytes(SIGN_IN.substring(half)));
      out.flush();
      String answer = answer(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 401") && answer.contains("\"WrongPassword\""), answer);
    }
  }

  @Test
  void a_sign_in_sent_at_once_is_answered_after_the_server_took_two_seconds_to_look_its_session_up() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> holding = HOLDER.submit(() -> holdSessions(held, release));
    held.await();
    try (Socket socket = connect()) {
      String head = head("POST /api/login", "application/json", SIGN_IN.length());
      socket.getOutputStream().write(bytes(head.replace("\r\n\r\n", "\r\nCookie: " + AuthApi.COOKIE + "=abc\r\n\r\n")
          + SIGN_IN));
      socket.getOutputStream().flush();
      socket.setSoTimeout(2000);
      assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read(), "the server was not held");
      release.countDown();
      socket.setSoTimeout(30_000);
      String answer = answer(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 401") && answer.contains("\"WrongPassword\""), answer);
    } finally {
      release.countDown();
      holding.get();
    }
  }

  /** Holds every read of the sessions table until released: the session lookup, a before-handler, waits. */
  private static Void holdSessions(CountDownLatch held, CountDownLatch release) {
    boolean postgis = "postgis".equals(DEMO.storage().dialect().name());
    return DEMO.storage().inTransaction(c -> {
      try (Statement s = c.createStatement()) {
        s.execute(postgis ? "LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE" : "SET EXCLUSIVE 1");
        held.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (!postgis) {
          s.execute("SET EXCLUSIVE 0");
        }
      }
      return null;
    });
  }

  private static void assertCutOff(String head, String body) throws Exception {
    try (Socket socket = connect()) {
      socket.setSoTimeout(200);
      OutputStream out = socket.getOutputStream();
      out.write(bytes(head));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      long started = System.nanoTime();
      boolean closed = false;
      for (int i = 0; i < body.length() && !closed && System.nanoTime() - started < 15_000_000_000L; i++) {
        try {
          out.write(body.charAt(i));
          out.flush();
        } catch (IOException e) {
          closed = true; // the server closed the connection
          break;
        }
        long until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until && !closed) {
          try {
            int b = in.read();
            if (b < 0) {
              closed = true;
            } else {
              answer.append((char) b);
            }
          } catch (SocketTimeoutException e) {
            // nothing yet
          }
        }
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      assertTrue(answer.toString().startsWith("HTTP/1.1 408") && answer.toString().contains("\"RequestTimeout\""),
          "after " + seconds + " s of a byte a second: " + (answer.isEmpty() ? "no answer" : answer));
      assertTrue(closed && seconds < 14, "cut off after " + seconds + " s, connection closed: " + closed);
    }
  }

  private static Socket connect() throws IOException {
    URI base = URI.create(DEMO.app().base());
    return new Socket(base.getHost(), base.getPort());
  }

  private static String head(String requestLine, String type, int length) {
    return requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\nContent-Length: " + length
        + "\r\nConnection: close\r\n\r\n";
  }

  /** The whole answer, read until the server closes the connection (the request asked it to). */
  private static String answer(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toString(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
