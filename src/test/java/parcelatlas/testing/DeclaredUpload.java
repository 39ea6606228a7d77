package parcelatlas.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A large upload the way curl sends one: headers first with {@code Expect: 100-continue}, the
 * body only once the server says "100 Continue". A server that refuses from the declared length
 * answers at once and the body is never sent; one that asks for it and then refuses is answered
 * while the body is still being written, so the refusal reaches the caller either way (the JDK
 * client treats a failed write as a failed exchange and may report a reset instead of the answer).
 *
 * @param continued whether the server asked for the body before answering
 */
public record DeclaredUpload(int status, String body, boolean continued) {
  private static final int TIMEOUT_MS = 30_000;

  static DeclaredUpload post(URI uri, List<HttpCookie> cookies, String csrf, String contentType, byte[] bytes) {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder("POST " + uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
          + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nContent-Type: " + contentType
          + "\r\nContent-Length: " + bytes.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n");
      for (HttpCookie cookie : cookies) {
        head.append("Cookie: ").append(cookie.getName()).append('=').append(cookie.getValue()).append("\r\n");
      }
      if (csrf != null) {
        head.append("X-CSRF-Token: ").append(csrf).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = line(in);
      boolean continued = status.contains(" 100 ");
      if (continued) {
        while (!line(in).isEmpty()) {
          // the rest of the interim response
        }
        sendWhileReading(out, bytes);
        status = line(in);
      }
      int length = -1;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).strip());
        }
      }
      byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
      return new DeclaredUpload(Integer.parseInt(status.split(" ")[1]), new String(body, StandardCharsets.UTF_8), continued);
    } catch (IOException e) {
      throw new AssertionError("upload to " + uri + " failed", e);
    }
  }

  /**
   * Sends the body on another thread, as curl does, so an answer the server gives before it has
   * read the whole body is read here even when the server then closes the connection.
   */
  private static void sendWhileReading(OutputStream out, byte[] bytes) {
    Thread sender = new Thread(() -> {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        // the server answered and closed before reading it all: its answer is what counts
      }
    }, "declared-upload-body");
    sender.setDaemon(true);
    sender.start();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
