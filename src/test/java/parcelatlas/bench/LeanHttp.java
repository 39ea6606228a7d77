package parcelatlas.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 client for the load benchmarks: one blocking keep-alive connection, GET or a JSON POST,
 * bodies read in full (Content-Length or chunked) into a reused buffer. It exists because
 * {@code java.net.http.HttpClient} spent 2.3× the portal's own CPU per request in
 * {@code items.sh} on the shared 2-core machine, so the load driver, not the portal, set the pace,
 * while pgbench's C client costs its database little. Like wrk, it leaves the cores to the server.
 * Not thread-safe: one per load thread. Reconnects when the server closes the connection.
 */
public final class LeanHttp implements Closeable {
  private final String host;
  private final int port;
  private final Body body = new Body(64 * 1024);
  private final byte[] chunk = new byte[16 * 1024];
  private final StringBuilder line = new StringBuilder(128);
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int status;
  private String etag;

  public LeanHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** GETs {@code target} (path and query) with the given extra header lines (each ending in CRLF); the status. */
  public int get(String target, String headers) throws IOException {
    return send("GET " + target, headers, null);
  }

  /** POSTs a JSON body to {@code target}; the status. */
  public int postJson(String target, byte[] json) throws IOException {
    return postJson(target, json, "");
  }

  /** POSTs a JSON body to {@code target} with the given extra header lines (each ending in CRLF); the status. */
  public int postJson(String target, byte[] json, String headers) throws IOException {
    return send("POST " + target, headers + "Content-Type: application/json\r\nContent-Length: " + json.length + "\r\n",
        json);
  }

  private int send(String requestLine, String headers, byte[] content) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    try {
      out.write((requestLine + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      if (content != null) {
        out.write(content);
      }
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /** The last response's body. */
  public byte[] body() {
    return body.toByteArray();
  }

  /**
   * Whether the last response's body holds {@code needle} (bytes compared in place: no copy of the
   * body and no String, so a load thread spends little of the CPU it shares with the server).
   */
  public boolean bodyContains(byte[] needle) {
    return body.contains(needle);
  }

  /** The last response's body length. */
  public int bodyLength() {
    return body.size();
  }

  /** The last response's ETag, or null. */
  public String etag() {
    return etag;
  }

  private int readResponse() throws IOException {
    body.reset();
    etag = null;
    String statusLine = readLine();
    status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim();
      String value = h.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closes = value.equalsIgnoreCase("close");
      } else if (name.equalsIgnoreCase("ETag")) {
        etag = value;
      }
    }
    if (status == 304 || status == 204) {
      length = 0;
    }
    if (chunked) {
      for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16); size > 0;
          size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
        copy(size);
        readLine();
      }
      while (!readLine().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length);
    } else {
      closes = true;
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        body.write(chunk, 0, n);
      }
    }
    if (closes) {
      close();
    }
    return status;
  }

  private void copy(long length) throws IOException {
    while (length > 0) {
      int n = in.read(chunk, 0, (int) Math.min(chunk.length, length));
      if (n < 0) {
        throw new EOFException("the connection closed inside a body");
      }
      body.write(chunk, 0, n);
      length -= n;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection closed inside a response");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** The body buffer, searchable where it lies. */
  private static final class Body extends ByteArrayOutputStream {
    Body(int size) {
      super(size);
    }

    boolean contains(byte[] needle) {
      outer:
      for (int i = 0, last = count - needle.length; i <= last; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (buf[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
