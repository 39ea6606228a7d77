package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.TestDatabases;

/**
 * {@code serve} in a child JVM, stopped with SIGTERM while a request is in flight: a client
 * uploading its body slowly (32 bytes every 20 ms, above the server's minimum of 512 bytes a second,
 * below which a body is cut off with 408), sends the last bytes only after the server has stopped
 * accepting connections. The request is answered 200 and the process exits 0.
 */
@Tag("database")
class GracefulStopTest {
  private static final String PREFIX = "{\"limit\": 5";
  private static final int BODY_LENGTH = 30_000; // under the 32 KB a JSON body may hold: ~19 s of trickling

  @Test
  void sigterm_stops_accepting_finishes_the_request_in_flight_and_exits_0() throws Exception {
    String db = TestDatabases.freshUrl();
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path log = Files.createTempFile("serve", ".log");
    Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "parcelatlas.App",
        "serve", "--port", Integer.toString(port), "--db", db))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitListening(port, server, log);
      try (Socket client = new Socket("127.0.0.1", port)) {
        OutputStream out = client.getOutputStream();
        out.write(("POST /api/investor/match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + BODY_LENGTH + "\r\nConnection: close\r\n\r\n" + PREFIX).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        AtomicBoolean finish = new AtomicBoolean();
        Thread trickle = new Thread(() -> trickle(out, finish));
        trickle.start();
        Thread.sleep(500); // lets the server take the request in (its headers are complete) before the stop

        server.destroy(); // SIGTERM
        awaitRefused(port);
        finish.set(true);
        trickle.join(30_000);

        String response = new String(readAll(client.getInputStream()), StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200"), response + "\n" + Files.readString(log));
        assertTrue(response.contains("\"results\""), response);
      }
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stopped");
      String output = Files.readString(log);
      assertEquals(0, server.exitValue(), output);
      assertTrue(output.indexOf("Stopping") < output.indexOf("POST /api/investor/match 200"),
          "the request was still in flight when the stop began:\n" + output);
    } finally {
      server.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /** Sends 32 spaces at a time until told to finish, then the rest of the body. */
  private static void trickle(OutputStream out, AtomicBoolean finish) {
    try {
      int sent = PREFIX.length();
      byte[] spaces = " ".repeat(32).getBytes(StandardCharsets.US_ASCII);
      while (!finish.get() && sent < BODY_LENGTH - 100) {
        out.write(spaces);
        out.flush();
        sent += spaces.length;
        Thread.sleep(20);
      }
      out.write((" ".repeat(BODY_LENGTH - 1 - sent) + "}").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until /health answers, which also warms the server up. */
  private static void awaitListening(int port, Process server, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int attempt = 0; attempt < 1200; attempt++) {
      if (!server.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (ConnectException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("serve did not listen: " + Files.readString(log));
  }

  private static void awaitRefused(int port) throws Exception {
    for (int attempt = 0; attempt < 1000; attempt++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (ConnectException e) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the server kept accepting connections after SIGTERM");
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
