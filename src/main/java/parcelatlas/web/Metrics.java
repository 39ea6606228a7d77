package parcelatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * This app node's Prometheus metrics (Micrometer). Requests are counted and timed as
 * {@code http_server_requests_seconds} by method, <em>route template</em> (e.g.
 * {@code /api/investor/parcels/{code}}; {@code static} for files, {@code unmatched} for 404s
 * without a route: never the raw path, so the label set stays bounded) and status class
 * ({@code 2xx} …), with histogram buckets from 25 ms to 30 s for latency quantiles. Also: the connection pool ({@code hikaricp_connections_*}), JVM memory, GC,
 * threads, CPU and uptime, and {@code atlas_imports_total} by outcome ({@code committed}: a commit
 * answered 2xx; {@code refused}: answered 4xx), {@code atlas_access_log_dropped_total} (access lines the
 * log's writer could not take, {@link AccessLines}). Each node counts its own requests; Prometheus
 * scrapes every node and sums.
 */
final class Metrics {
  static final String IMPORT_COMMIT = "/api/imports/{id}/commit";
  /** Histogram buckets, few enough to keep the series per route small; enough for a p99 estimate. */
  private static final Duration[] LATENCY_BUCKETS = Stream.of(25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)
      .map(Duration::ofMillis).toArray(Duration[]::new);
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter importsCommitted;
  private final Counter importsRefused;
  private final JvmGcMetrics gc = new JvmGcMetrics();
  /**
   * The request timers by route template, method and status class, looked up
   * instead of built and registered on every request (a builder, a sorted tag set and the registry's
   * lookup each time), and without a key built per request (a string of method, class and route was
   * an allocation and a hash of its chars each time; the route's and method's strings are the same
   * objects on every request, their hashes kept). Bounded as the label set is: routes are
   * templates, statuses classes.
   */
  private final ConcurrentMap<String, ConcurrentMap<String, AtomicReferenceArray<Timer>>> timers =
      new ConcurrentHashMap<>();

  Metrics(Storage storage) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Databases.publishPoolMetrics(storage, registry);
    importsCommitted = imports("committed");
    importsRefused = imports("refused");
    FunctionCounter.builder("atlas.access.log.dropped", this, m -> AccessLog.dropped())
        .description("access lines dropped because the log's writer fell a full queue behind").register(registry);
  }

  private Counter imports(String outcome) {
    return Counter.builder("atlas.imports").description("imports committed or refused through the portal")
        .tag("outcome", outcome).register(registry);
  }

  /** After every request: counts and times it under its route template. */
  void record(Context ctx, float durationMs) {
    String route = route(ctx);
    int status = ctx.statusCode();
    timer(ctx.method(), route, status / 100).record(Math.round(durationMs * 1_000_000.0), TimeUnit.NANOSECONDS);
    if (route.equals(IMPORT_COMMIT)) {
      if (status / 100 == 2) {
        importsCommitted.increment();
      } else if (status / 100 == 4) {
        importsRefused.increment();
      }
    }
  }

  /** The timer of requests of this method, route template and status class (1–5), registered on first use. */
  Timer timer(HandlerType method, String route, int statusClass) {
    ConcurrentMap<String, AtomicReferenceArray<Timer>> byMethod = timers.get(route);
    if (byMethod == null) {
      byMethod = timers.computeIfAbsent(route, r -> new ConcurrentHashMap<>());
    }
    AtomicReferenceArray<Timer> byClass = byMethod.get(method.name());
    if (byClass == null) {
      byClass = byMethod.computeIfAbsent(method.name(), m -> new AtomicReferenceArray<>(10));
    }
    Timer timer = byClass.get(statusClass);
    if (timer == null) {
      // the registry gives every caller the one timer of these tags, so a race sets the same timer twice
      timer = Timer.builder("http.server.requests")
          .description("HTTP requests by route template")
          .tag("method", method.name()).tag("route", route).tag("status", statusClass + "xx")
          .serviceLevelObjectives(LATENCY_BUCKETS)
          .register(registry);
      byClass.set(statusClass, timer);
    }
    return timer;
  }

  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    return ctx.statusCode() < 400 ? "static" : "unmatched";
  }

  /** Stops listening to the JVM's GC events (when the server stops). */
  void close() {
    gc.close();
    registry.close();
  }

  /** The Prometheus text exposition of every meter. */
  String scrape() {
    return registry.scrape();
  }
}
