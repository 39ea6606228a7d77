package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.ReplicaRouting;
import parcelatlas.storage.Storage;

/**
 * What {@link JettyStack} puts around Javalin: its filter starts and ends every request on the primary
 * (the work Javalin's after-handler and the first before-handler did, before the filter took it), and
 * Jetty looks up no servlet sessions (a {@code JSESSIONID} sent anyway is ignored, none is set). The filter is driven on the test's own thread, so what it leaves on
 * the thread is what the next request of a pooled thread would find.
 */
class JettyStackTest {
  private final Filter filter = JettyStack.filter(new BodyReaders(new ClientAddress(AtlasConfig.load(Map.of()))));
  /** Answers with the name of the database a read went to. */
  private final Storage routing = new ReplicaRouting(named("primary"), named("replica"));

  @AfterEach
  void primaryAgain() {
    ReplicaRouting.replicaReadsAllowed(false);
  }

  @Test
  void a_request_starts_on_the_primary_whatever_the_thread_s_last_request_chose() throws Exception {
    ReplicaRouting.replicaReadsAllowed(true);
    String[] readFrom = {null};
    filter.doFilter(get(), null, (request, response) -> readFrom[0] = routing.read(c -> null));
    assertEquals("primary", readFrom[0]);
  }

  @Test
  void a_request_that_chose_the_replica_leaves_its_thread_on_the_primary_however_it_ended() throws Exception {
    filter.doFilter(get(), null, (request, response) -> {
      ReplicaRouting.replicaReadsAllowed(true);
      assertEquals("replica", routing.read(c -> null));
    });
    assertEquals("primary", routing.read(c -> null));

    assertThrows(IllegalStateException.class, () -> filter.doFilter(get(), null, (request, response) -> {
      ReplicaRouting.replicaReadsAllowed(true);
      throw new IllegalStateException("a handler that failed");
    }));
    assertEquals("primary", routing.read(c -> null));
  }

  @Test
  void the_servlet_context_looks_up_no_session_and_answers_set_no_cookie() throws Exception {
    Javalin app = Javalin.create(c -> {
      JettyStack.configure(c, new BodyReaders(new ClientAddress(AtlasConfig.load(Map.of()))));
      c.startup.showJavalinBanner = false;
      c.routes.get("/plain", ctx -> ctx.result("plain"));
    }).start("127.0.0.1", 0);
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
          + "/plain")).header("Cookie", "JSESSIONID=abc").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode());
      assertEquals("plain", answer.body());
      assertEquals(java.util.Optional.empty(), answer.headers().firstValue("Set-Cookie"));
      // a session id in the path was never the route's path (404 with Javalin's session handler too)
      assertEquals(404, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
          + "/plain;jsessionid=abc")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      ServletContextHandler context = app.unsafe.jettyInternal.server.getDescendant(ServletContextHandler.class);
      assertInstanceOf(JettyStack.NoSessions.class, context.getSessionHandler());
    } finally {
      app.stop();
    }
  }

  private static HttpServletRequest get() {
    return (HttpServletRequest) Proxy.newProxyInstance(JettyStackTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getContentLengthLong" -> 0L;
          case "getMethod" -> "GET";
          default -> null;
        });
  }

  private static Storage named(String name) {
    return (Storage) Proxy.newProxyInstance(JettyStackTest.class.getClassLoader(), new Class<?>[] {Storage.class},
        (proxy, method, args) -> method.getName().equals("read") ? name : null);
  }
}
