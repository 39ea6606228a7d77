package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Graceful stop: when the server is stopped ({@code Javalin.stop()}, which the {@code serve}
 * command calls on SIGTERM) it stops accepting connections at once, lets the requests in flight
 * finish for at most {@value #WAIT_MS} ms, then closes what is left.
 */
final class GracefulStop {
  static final int WAIT_MS = 20_000;

  private GracefulStop() {}

  static void configure(JavalinConfig config) {
    config.jetty.modifyServer(server -> {
      server.setStopTimeout(WAIT_MS);
      server.setHandler(new GracefulHandler());
    });
  }
}
