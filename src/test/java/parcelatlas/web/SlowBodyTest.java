package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.DemoApp;

/**
 * An anonymous client that sends an export's body a byte a second (within the 256 KB it may
 * announce, each byte in time for the idle timeout) cannot hold a server thread for the minutes that
 * takes: below {@link BodyLimits#MIN_BYTES_PER_SECOND} the request ends with 408 and the connection
 * closes. Before, the server waited as long as the bytes kept coming (a few hundred such clients
 * hold every thread).
 */
class SlowBodyTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void a_body_trickled_a_byte_a_second_is_cut_off_within_seconds() throws Exception {
    URI base = URI.create(DEMO.app().base());
    String body = "layer=parcels&format=csv&filter=" + "x".repeat(2000);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(200);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/export HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/x-www-form-urlencoded"
          + "\r\nContent-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      long started = System.nanoTime();
      boolean closed = false;
      for (int i = 0; i < body.length() && !closed && System.nanoTime() - started < 15_000_000_000L; i++) {
        try {
          out.write(body.charAt(i));
          out.flush();
        } catch (java.io.IOException e) {
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
      assertTrue(seconds < 14, "cut off after " + seconds + " s");
    }
  }
}
