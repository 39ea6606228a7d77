package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * A client that sends a POST's headers with a {@code Content-Length} and then nothing is cut after the
 * body's grace ({@link BodyLimits#BODY_GRACE}, {@link ReadDeadline}), answered 408, instead of holding a
 * server thread until Jetty's 30 s idle timeout: before, 250 such connections (the size of Javalin's
 * thread pool) kept every other visitor waiting 30–60 s, and five to the match route, from two
 * addresses, held every visitor's place for costly work ({@link WorkLimiter}: 503 for all); one address
 * sends at most {@link BodyReaders#PER_CLIENT} bodies at once, so reconnecting cannot fill the pool. Answers are
 * awaited at most {@link #BEFORE_IDLE_TIMEOUT_MS}, less than the old 30 s, and never timed otherwise.
 */
@Tag("database")
class SilentBodyTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();
  /** More than Javalin's default pool (a QueuedThreadPool of at most 250 threads, Java 17). */
  private static final int MORE_THAN_THE_POOL = 260;
  private static final int BEFORE_IDLE_TIMEOUT_MS = 25_000;

  @Test
  void a_sign_in_whose_body_never_comes_is_answered_408_before_the_idle_timeout() throws Exception {
    try (Socket socket = silent("127.0.0.1", "/api/login")) {
      String answer = answer(socket);
      assertTrue(answer.startsWith("HTTP/1.1 408") && answer.contains("\"RequestTimeout\""), answer);
    }
  }

  @Test
  void an_enquiry_whose_body_never_comes_is_refused_and_stores_nothing() throws Exception {
    long before = enquiries();
    try (Socket socket = silent("127.0.0.1", "/api/investor/enquiries")) {
      String answer = answer(socket);
      assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    }
    assertEquals(before, enquiries());
  }

  @Test
  void a_visitor_is_answered_while_more_silent_bodies_than_server_threads_wait() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < MORE_THAN_THE_POOL; i++) {
        held.add(silent("127.0.0." + (2 + i % 50), "/api/login"));
      }
      String answer = get("/api/industries");
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    } finally {
      closeAll(held);
    }
  }

  @Test
  void silent_matches_from_two_addresses_leave_visitors_their_places_for_searches() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) { // work.limit.per.node, from addresses of 3 slots each
        held.add(silent("127.0.0." + (2 + i % 2), "/api/investor/match"));
      }
      Thread.sleep(500); // the handlers run: before the fix each took its place, then waited for the body
      String answer = get("/api/investor/parcels");
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    } finally {
      closeAll(held);
    }
  }

  @Test
  void one_address_sends_at_most_eight_bodies_at_once_the_rest_refused_unread_and_its_places_come_back()
      throws Exception {
    List<Socket> held = new ArrayList<>();
    int refused = 0;
    int cut = 0;
    try {
      for (int i = 0; i < 20; i++) {
        held.add(silent("127.0.0.77", "/api/login"));
      }
      for (Socket socket : held) {
        String answer = answer(socket);
        if (answer.startsWith("HTTP/1.1 429") && answer.contains("\"ClientSending\"")) {
          refused++;
        } else if (answer.startsWith("HTTP/1.1 408")) {
          cut++;
        } else {
          throw new AssertionError(answer);
        }
      }
    } finally {
      closeAll(held);
    }
    assertTrue(cut >= BodyReaders.PER_CLIENT && refused >= 20 - 2 * BodyReaders.PER_CLIENT,
        cut + " cut after the grace, " + refused + " refused at once");
    try (Socket again = silent("127.0.0.77", "/api/login")) {
      String answer = answer(again);
      assertTrue(answer.startsWith("HTTP/1.1 408"), "its places came back: " + answer);
    }
  }

  private static long enquiries() {
    return Sql.count(DEMO.storage(), "enquiries");
  }

  /** A connection from {@code from} that sent the headers of a POST with a 60-byte body, and nothing else. */
  private static Socket silent(String from, String path) throws IOException {
    URI base = URI.create(DEMO.app().base());
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: 60\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** A plain GET from 127.0.0.1, answered within {@link #BEFORE_IDLE_TIMEOUT_MS}. */
  private static String get(String path) throws IOException {
    URI base = URI.create(DEMO.app().base());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return answer(socket);
    }
  }

  /** Everything the server sends until it closes, awaited at most {@link #BEFORE_IDLE_TIMEOUT_MS}. */
  private static String answer(Socket socket) throws IOException {
    socket.setSoTimeout(BEFORE_IDLE_TIMEOUT_MS);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    try {
      in.transferTo(all);
    } catch (SocketTimeoutException e) {
      return "no end of the answer in " + BEFORE_IDLE_TIMEOUT_MS + " ms: " + all.toString(StandardCharsets.UTF_8);
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  private static void closeAll(List<Socket> sockets) throws IOException {
    for (Socket s : sockets) {
      s.close();
    }
  }
}
