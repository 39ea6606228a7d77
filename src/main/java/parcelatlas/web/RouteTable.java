package parcelatlas.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.servlet.DefaultTasks;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.JavalinServletContextKt;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import io.javalin.http.servlet.TaskInitializer;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import kotlin.Unit;

/**
 * The routes of {@link Routes} found by comparing path segments instead of by Javalin's regular
 * expressions. Javalin 7 tries a request's path against the pattern of each route of its method in the
 * order added (a {@code Matcher} each) and then runs the matched route's pattern again, with groups, to
 * read the path parameters; this table splits the path once, compares its segments with each route's
 * of the same segment count in the same order, and reads the parameters from the segments it compared.
 *
 * <p>Same answer as Javalin's search, by construction, for the routes it takes: every segment a literal
 * (no {@code {}<>*}: Javalin escapes literals, so they match themselves only) or a whole {@code {name}}
 * (one or more characters but {@code /}), one optional trailing slash, case-sensitive, single slashes —
 * Javalin's default {@link RouterConfig}; the parameter decoded by Javalin's own {@code urlDecode}. A
 * method with any other route, a route with roles, or another router setting is left wholly to Javalin,
 * as is a request this table does not match (static files, 404, 405, HEAD of a GET route): then the
 * default {@link DefaultTasks#HTTP} task runs as before. {@code RouteTableTest} checks it against Javalin's
 * own matcher for every route of the portal.
 */
final class RouteTable {
  /** The routes of one method taken by the table, by segment count, each list in the order added. */
  private final Map<HandlerType, Map<Integer, List<Route>>> byMethod;

  private RouteTable(Map<HandlerType, Map<Integer, List<Route>>> byMethod) {
    this.byMethod = byMethod;
  }

  /** The table of {@code endpoints} (in the order added), under {@code config}. */
  static RouteTable of(List<ParsedEndpoint> endpoints, RouterConfig config) {
    Map<HandlerType, Map<Integer, List<Route>>> byMethod = new HashMap<>();
    if (!config.ignoreTrailingSlashes || config.treatMultipleSlashesAsSingleSlash || config.caseInsensitiveRoutes
        || !"/".equals(config.contextPath)) {
      return new RouteTable(byMethod);
    }
    List<HandlerType> refused = new ArrayList<>();
    for (ParsedEndpoint parsed : endpoints) {
      Endpoint endpoint = parsed.endpoint;
      if (!endpoint.method.isHttpMethod() || refused.contains(endpoint.method)) {
        continue;
      }
      Route route = Route.of(endpoint);
      if (route == null) {
        refused.add(endpoint.method);
        byMethod.remove(endpoint.method);
      } else {
        byMethod.computeIfAbsent(endpoint.method, m -> new HashMap<>())
            .computeIfAbsent(route.segments.length, n -> new ArrayList<>()).add(route);
      }
    }
    return new RouteTable(byMethod);
  }

  /** Whether the table answers for {@code method}: false leaves every request of it to Javalin. */
  boolean takes(HandlerType method) {
    return byMethod.containsKey(method);
  }

  /** The first route of {@code method} matching {@code path}, with its parameters; null when none does. */
  Match find(HandlerType method, String path) {
    Map<Integer, List<Route>> bySize = byMethod.get(method);
    int length = path.length();
    if (bySize == null || length == 0 || path.charAt(0) != '/') {
      return null;
    }
    if (length == 1) {
      return first(bySize.get(0), path, new int[0]);
    }
    int end = path.charAt(length - 1) == '/' ? length - 1 : length;
    int count = 1;
    for (int i = 1; i < end; i++) {
      if (path.charAt(i) == '/') {
        count++;
      }
    }
    List<Route> candidates = bySize.get(count);
    if (candidates == null) {
      return null;
    }
    int[] starts = new int[count + 1]; // segment i is path[starts[i], starts[i + 1] - 1)
    starts[0] = 1;
    for (int i = 1, s = 1; i < end; i++) {
      if (path.charAt(i) == '/') {
        starts[s++] = i + 1;
      }
    }
    starts[count] = end + 1;
    for (int s = 0; s < count; s++) {
      if (starts[s + 1] - 1 == starts[s]) {
        return null; // an empty segment: neither a literal nor a parameter matches it
      }
    }
    return first(candidates, path, starts);
  }

  private static Match first(List<Route> candidates, String path, int[] starts) {
    if (candidates == null) {
      return null;
    }
    for (Route route : candidates) {
      if (route.matches(path, starts)) {
        return new Match(route.endpoint, route.parameters(path, starts));
      }
    }
    return null;
  }

  /** A route found: its endpoint and path parameters (decoded), as Javalin would hand them on. */
  record Match(Endpoint endpoint, Map<String, String> parameters) {}

  /** A route as segments: the literal, or null where a parameter goes (named in {@code names}). */
  private record Route(Endpoint endpoint, String[] segments, String[] names) {
    /** The route, or null when its path is not one the table takes. */
    static Route of(Endpoint endpoint) {
      String path = endpoint.path;
      Roles roles = endpoint.metadata(Roles.class);
      if ((roles != null && !roles.getRoles().isEmpty()) || !path.startsWith("/") || path.contains("//")
          || (path.length() > 1 && path.endsWith("/"))) {
        return null;
      }
      String[] parts = path.length() == 1 ? new String[0] : path.substring(1).split("/");
      String[] segments = new String[parts.length];
      String[] names = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        boolean parameter = part.length() > 2 && part.startsWith("{") && part.endsWith("}");
        String text = parameter ? part.substring(1, part.length() - 1) : part;
        if (text.isEmpty() || text.chars().anyMatch(c -> "{}<>*".indexOf(c) >= 0)) {
          return null;
        }
        segments[i] = parameter ? null : text;
        names[i] = parameter ? text : null;
      }
      return new Route(endpoint, segments, names);
    }

    boolean matches(String path, int[] starts) {
      for (int i = 0; i < segments.length; i++) {
        String literal = segments[i];
        if (literal != null && (starts[i + 1] - 1 - starts[i] != literal.length()
            || !path.regionMatches(starts[i], literal, 0, literal.length()))) {
          return false;
        }
      }
      return true;
    }

    Map<String, String> parameters(String path, int[] starts) {
      Map<String, String> values = null;
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null) {
          if (values == null) {
            values = new HashMap<>(names.length * 2);
          }
          values.put(names[i], JavalinServletContextKt.urlDecode(path.substring(starts[i], starts[i + 1] - 1)));
        }
      }
      return values == null ? Collections.emptyMap() : values;
    }
  }

  /**
   * Puts the table in Javalin's HTTP step of a request's life ({@link #httpTask}), in place of
   * {@link DefaultTasks#HTTP}; before-, after- and error steps stay Javalin's.
   */
  static void install(JavalinConfig config) {
    TaskInitializer<JavalinServletContext> http = httpTask();
    config.unsafe.servletRequestLifecycle.replaceAll(step -> step == DefaultTasks.INSTANCE.getHTTP() ? http : step);
  }

  /**
   * Javalin's HTTP step with the route found in the table: the endpoint pushed on the context with its
   * parameters, then its handler, as {@code ParsedEndpoint.handle} does; anything the table leaves
   * ({@link #takes}, no match) goes to {@link DefaultTasks#HTTP}. The table is made on the first request,
   * from the routes Javalin holds by then.
   */
  static TaskInitializer<JavalinServletContext> httpTask() {
    TaskInitializer<JavalinServletContext> fallback = DefaultTasks.INSTANCE.getHTTP();
    AtomicReference<RouteTable> made = new AtomicReference<>();
    return (submitTask, servlet, ctx, requestUri) -> {
      RouteTable routes = made.get();
      if (routes == null) { // two first requests may both make it: the same table
        made.compareAndSet(null, of(servlet.getRouter().allHttpHandlers(), servlet.getCfg().router));
        routes = made.get();
      }
      HandlerType method = ctx.method();
      Match match = routes.takes(method) ? routes.find(method, requestUri) : null;
      if (match == null) {
        fallback.createTasks(submitTask, servlet, ctx, requestUri);
        return;
      }
      submitTask.invoke(SubmitOrder.LAST, new Task(true, () -> {
        ctx.update(match.endpoint(), match.parameters());
        try {
          match.endpoint().handler.handle(ctx);
        } catch (Exception e) {
          throw RouteTable.<RuntimeException>unchecked(e);
        }
        return Unit.INSTANCE;
      }));
    };
  }

  /** Throws a handler's checked exception through Javalin's task, which declares none, unwrapped. */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> E unchecked(Exception e) throws E {
    throw (E) e;
  }
}
