package parcelatlas.tiles;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * HAProxy (Debian's package, installed by {@code .ci/install-deps}) started with the repository's
 * {@code deploy/haproxy/portal.cfg} in front of one app node on loopback, as an operator would run
 * it, with the tile cache's max-age lowered to {@code maxAgeSeconds} so a test sees it expire.
 * Stopped (its process destroyed) by {@link #close}.
 */
final class CachingProxy implements AutoCloseable {
  static final Path CONFIG = Path.of("deploy/haproxy/portal.cfg");
  private final Process process;
  private final int port;
  private final Path log;

  CachingProxy(String appBase, int maxAgeSeconds) throws IOException, InterruptedException {
    URI app = URI.create(appBase);
    port = freePort();
    Path dir = Files.createDirectories(Path.of("target", "haproxy"));
    Path nodes = Files.createTempFile(dir, "nodes", ".cfg");
    // no health check: a check timing out on a loaded machine would take the one node out (503)
    Files.writeString(nodes, String.join("\n", "backend nodes",
        "  server a " + app.getHost() + ":" + app.getPort(), ""));
    log = Files.createTempFile(dir, "haproxy", ".log");
    ProcessBuilder builder = new ProcessBuilder(haproxy(), "-f", CONFIG.toString(), "-f", nodes.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("ATLAS_LISTEN", "127.0.0.1:" + port);
    env.put("ATLAS_TILE_CACHE_MAX_AGE", Integer.toString(maxAgeSeconds));
    process = builder.start();
    awaitReady();
  }

  /** The proxy's base URL. */
  String base() {
    return "http://127.0.0.1:" + port;
  }

  private static String haproxy() {
    for (String dir : new String[] {"/usr/sbin", "/usr/local/sbin", "/usr/bin"}) {
      if (Files.isExecutable(Path.of(dir, "haproxy"))) {
        return dir + "/haproxy";
      }
    }
    throw new AssertionError("haproxy is not installed (Debian package haproxy; .ci/install-deps installs it)");
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError("haproxy exited: " + Files.readString(log));
      }
      try {
        if (client.send(HttpRequest.newBuilder(URI.create(base() + "/ready")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("haproxy did not pass /ready through in 30 s: " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
