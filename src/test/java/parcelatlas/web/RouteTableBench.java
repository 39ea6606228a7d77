package parcelatlas.web;

import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * CPU a route look-up costs, the portal's routes as {@link Routes} adds them: Javalin's search (each
 * route of the method's pattern in turn, then the matched route's pattern again for its parameters, as
 * {@code PathMatcher.findFirstEntry} and {@code ParsedEndpoint.handle} do) against {@link RouteTable#find},
 * for the OGC items path (the first GET route), {@code /api/config} (the 19th) and a vector tile (the 18th),
 * in interleaved rounds,
 * nanoseconds of this thread's CPU a look-up (its CPU time, so the machine's other load moves it less
 * than wall time). Run (after {@code mvn test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt) parcelatlas.web.RouteTableBench [ROUNDS=5]}
 */
final class RouteTableBench {
  private static final int LOOKUPS = 2_000_000;

  private RouteTableBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> routes;
    Storage storage = DemoData.loaded();
    try (RunningApp app = new RunningApp(storage)) {
      routes = app.routes();
    }
    RouterConfig config = new RouterConfig();
    List<ParsedEndpoint> gets = new ArrayList<>();
    List<ParsedEndpoint> all = new ArrayList<>();
    for (String route : routes) {
      String[] methodPath = route.split(" ", 2);
      ParsedEndpoint parsed = new ParsedEndpoint(
          new Endpoint(HandlerType.findOrCreate(methodPath[0]), methodPath[1], ctx -> { }), config);
      all.add(parsed);
      if (parsed.endpoint.method.equals(HandlerType.GET)) {
        gets.add(parsed);
      }
    }
    RouteTable table = RouteTable.of(all, config);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String path : List.of("/ogc/collections/parcels/items", "/api/config",
        "/ogc/collections/parcels/tiles/WebMercatorQuad/14/6710/13390")) {
      for (int r = 1; r <= rounds; r++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        long sink = javalin(gets, path);
        long t1 = cpu.getCurrentThreadCpuTime();
        sink += table(table, path);
        long t2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("%s round %d: Javalin %.0f ns, RouteTable %.0f ns a look-up (%d)%n", path, r,
            (t1 - t0) / (double) LOOKUPS, (t2 - t1) / (double) LOOKUPS, sink % 10);
      }
    }
    storage.close();
  }

  private static long javalin(List<ParsedEndpoint> gets, String path) {
    long sink = 0;
    for (int i = 0; i < LOOKUPS; i++) {
      for (ParsedEndpoint e : gets) {
        if (e.endpoint.path.equals(path) || e.matches(path)) {
          Map<String, String> params = e.extractPathParams(path);
          sink += params.size();
          break;
        }
      }
    }
    return sink;
  }

  private static long table(RouteTable table, String path) {
    long sink = 0;
    for (int i = 0; i < LOOKUPS; i++) {
      sink += table.find(HandlerType.GET, path).parameters().size();
    }
    return sink;
  }
}
