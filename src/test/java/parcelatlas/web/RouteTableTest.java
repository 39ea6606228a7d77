package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.servlet.DefaultTasks;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.DemoApp;

/**
 * {@link RouteTable} finds the route Javalin's own matcher finds (the first of the method whose pattern
 * matches, in the order added) with the same path parameters, for every route of the portal and paths
 * made from all of them: parameters plain, percent-encoded, with {@code +}, trailing, doubled and
 * missing slashes, other case, a segment more or less.
 */
class RouteTableTest {
  private static final List<String> VALUES = List.of("parcels", "items", "a%20b", "x+y", "%E5%9C%B0%E5%9D%97", "qr.svg",
      "1", "%2F", ";x", "-");
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void every_route_of_the_portal_is_found_as_javalin_finds_it_with_the_same_parameters() {
    RouterConfig config = new RouterConfig();
    List<ParsedEndpoint> endpoints = new ArrayList<>();
    for (String route : DEMO.app().routes()) {
      String[] methodPath = route.split(" ", 2);
      endpoints.add(new ParsedEndpoint(new Endpoint(HandlerType.findOrCreate(methodPath[0]), methodPath[1], ctx -> {}), config));
    }
    RouteTable table = RouteTable.of(endpoints, config);
    Set<String> paths = new LinkedHashSet<>(List.of("/", "//", "/ogc", "/ogc/", "/ogc//", "/OGC", "/api", "/api/",
        "/nothing/here", "/ogc/collections//items", "/ogc/collections/parcels/items//"));
    for (ParsedEndpoint endpoint : endpoints) {
      String template = endpoint.endpoint.path;
      for (String value : VALUES) {
        String path = template.replaceAll("\\{[^}]+}", value.replace("+", "\\+"));
        paths.addAll(List.of(path, path + "/", path + "//", path + "/x", path.substring(0, path.lastIndexOf('/')),
            path.toUpperCase(), "/" + path));
      }
    }
    int found = 0;
    for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)) {
      assertTrue(table.takes(method), method + " is left to Javalin");
      for (String path : paths) {
        ParsedEndpoint javalin = endpoints.stream()
            .filter(e -> e.endpoint.method.equals(method) && (e.endpoint.path.equals(path) || e.matches(path)))
            .findFirst().orElse(null);
        RouteTable.Match match = table.find(method, path);
        if (javalin == null) {
          assertNull(match, method + " " + path + " matched " + (match == null ? "" : match.endpoint().path));
        } else {
          found++;
          assertEquals(javalin.endpoint, match == null ? null : match.endpoint(), method + " " + path);
          assertEquals(javalin.extractPathParams(path), match.parameters(), method + " " + path);
        }
      }
    }
    assertTrue(found > 500, found + " paths matched a route");
  }

  @Test
  void a_method_with_a_route_the_table_cannot_read_is_left_wholly_to_javalin() {
    RouterConfig config = new RouterConfig();
    List<ParsedEndpoint> endpoints = List.of(
        new ParsedEndpoint(new Endpoint(HandlerType.GET, "/a/{id}", ctx -> {}), config),
        new ParsedEndpoint(new Endpoint(HandlerType.GET, "/files/<path>", ctx -> {}), config),
        new ParsedEndpoint(new Endpoint(HandlerType.POST, "/a/{id}", ctx -> {}), config));
    RouteTable table = RouteTable.of(endpoints, config);
    assertFalse(table.takes(HandlerType.GET));
    assertTrue(table.takes(HandlerType.POST));
    config.caseInsensitiveRoutes = true;
    assertFalse(RouteTable.of(endpoints, config).takes(HandlerType.POST));
  }

  @Test
  void installed_it_replaces_javalins_http_step_and_requests_reach_their_routes_with_parameters() throws Exception {
    Javalin app = Javalin.create(c -> {
      RouteTable.install(c);
      c.startup.showJavalinBanner = false;
      c.routes.get("/items/{id}", ctx -> ctx.result("item " + ctx.pathParam("id")));
      c.routes.get("/items/{id}/{part}", ctx -> ctx.result(ctx.pathParamMap().toString()));
      c.routes.get("/fails", ctx -> {
        throw new java.io.IOException("checked");
      });
      c.routes.exception(java.io.IOException.class, (e, ctx) -> ctx.status(418).result("mapped " + e.getMessage()));
    }).start("127.0.0.1", 0);
    try {
      assertFalse(app.unsafe.servletRequestLifecycle.contains(DefaultTasks.INSTANCE.getHTTP()));
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port();
      assertEquals(Map.entry(200, "item a b"), answer(client, base + "/items/a%20b"));
      assertEquals(Map.entry(200, "item x+y"), answer(client, base + "/items/x+y/"));
      assertEquals(Map.entry(200, "{id=1, part=2}"), answer(client, base + "/items/1/2"));
      assertEquals(Map.entry(418, "mapped checked"), answer(client, base + "/fails"));
      assertEquals(404, answer(client, base + "/items").getKey());
      assertEquals(404, answer(client, base + "/items//").getKey());
    } finally {
      app.stop();
    }
  }

  private static Map.Entry<Integer, String> answer(HttpClient client, String url) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    return Map.entry(response.statusCode(), response.body());
  }
}
