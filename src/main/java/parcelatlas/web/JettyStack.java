package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty runs around Javalin's servlet on every request, kept to what the portal uses:
 * <ul>
 *   <li>one servlet filter, which does the work of the passes that need the request whole: the request
 *       starts and ends reading from the primary ({@link ReplicaReads#primary}: a pooled thread never
 *       carries a request's choice into the next, however the request ended, error pages and static
 *       files included), and a body is paced ({@link BodyPace#pace});</li>
 *   <li>no servlet sessions: the portal's sign-in is its own cookie ({@link AuthApi#COOKIE}, looked up
 *       by {@link AuthApi#resolveViewer}) and nothing calls {@code getSession}, yet Javalin's default
 *       session handler looked for a {@code JSESSIONID} in every request's cookies and URI and wrapped
 *       every response's stream to save sessions on commit. {@link NoSessions} passes the request on
 *       untouched (Jetty's servlet context needs a session handler in its chain; it takes no null).</li>
 * </ul>
 */
final class JettyStack {
  private JettyStack() {}

  static void configure(JavalinConfig config, BodyReaders readers) {
    config.jetty.modifyServletContextHandler(handler -> {
      handler.setSessionHandler(new NoSessions());
      handler.addFilter(new FilterHolder(filter(readers)), "/*", EnumSet.of(DispatcherType.REQUEST));
    });
  }

  /** The filter, in front of Javalin's servlet. */
  static Filter filter(BodyReaders readers) {
    return (request, response, chain) -> {
      ReplicaReads.primary();
      try {
        BodyPace.pace(request, response, chain, readers);
      } finally {
        ReplicaReads.primary();
      }
    };
  }

  /** A session handler that looks up and saves no session: the request goes straight to the next handler. */
  static final class NoSessions extends SessionHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Handler next = getHandler();
      return next != null && next.handle(request, response, callback);
    }
  }
}
