package parcelatlas.bench;

import io.javalin.Javalin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The floor under the portal's per-request cost: the same HTTP server with nothing of the portal in
 * it, answering every GET with one constant body of a small items page's size. {@code jetty}: Jetty
 * 12's core handler, as bare as this server gets; {@code javalin}: Javalin 7 with one route and its
 * defaults. {@code config-compare.sh} with {@code FLOOR=1} loads each, and the portal, with {@code wrk} and reads their CPU
 * a request from /proc; what the portal costs above {@code javalin} is the portal's own.
 * Usage: {@code BareHttp jetty|javalin PORT [BODY_BYTES=20000]}; runs until killed.
 */
public final class BareHttp {
  private BareHttp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    byte[] body = body(args.length > 2 ? Integer.parseInt(args[2]) : 20_000);
    switch (args[0]) {
      case "jetty" -> jetty(port, body);
      case "javalin" -> Javalin.create(c -> {
        c.startup.showJavalinBanner = false;
        c.routes.get("/*", ctx -> ctx.contentType("application/geo+json").result(body));
      }).start(port);
      default -> throw new IllegalArgumentException("jetty or javalin, not " + args[0]);
    }
  }

  private static void jetty(int port, byte[] body) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/geo+json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
      }
    });
    server.start();
    server.join();
  }

  /** A feature collection's worth of ASCII JSON, {@code bytes} long. */
  private static byte[] body(int bytes) {
    StringBuilder text = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    while (text.length() < bytes - 2) {
      text.append('0');
    }
    return text.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
  }
}
