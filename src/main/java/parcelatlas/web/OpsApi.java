package parcelatlas.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import parcelatlas.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a deployment asks of a node. {@code /health}: the process answers (no database).
 * {@code /ready}: the database answers {@code SELECT 1} within {@value #READY_SECONDS} s, else 503;
 * one probe at a time reaches the database, others wait for its answer. {@code /metrics}: only
 * with {@code Authorization: Bearer <metrics.token>} when that setting is given; without it, only
 * to a direct loopback client (no {@code X-Forwarded-For}, {@code Forwarded} or {@code X-Real-IP},
 * so a public request relayed by a proxy on the same host is refused).
 */
final class OpsApi {
  static final int READY_SECONDS = 3;
  static final String NOT_READY = "the database is not reachable";
  static final String METRICS_REFUSED = "metrics are served to loopback clients or with the metrics token";
  private static final Logger LOG = LoggerFactory.getLogger(OpsApi.class);
  private final Storage storage;
  private final Metrics metrics;
  private final byte[] metricsToken;
  private final ExecutorService prober = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), r -> {
        Thread thread = new Thread(r, "ready-probe");
        thread.setDaemon(true);
        return thread;
      });
  private Future<?> probe;

  OpsApi(Storage storage, Metrics metrics, String metricsToken) {
    this.storage = storage;
    this.metrics = metrics;
    this.metricsToken = metricsToken == null || metricsToken.isBlank() ? null
        : metricsToken.getBytes(StandardCharsets.UTF_8);
  }

  /** The probes answer for the node, not for a person: they never look up a session (the database may be down). */
  static boolean isProbe(String path) {
    return path.equals("/health") || path.equals("/ready") || path.equals("/metrics");
  }

  void health(Context ctx) {
    ctx.result(Json.write(Map.of("status", "live")));
  }

  void ready(Context ctx) {
    try {
      currentProbe().get(READY_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      LOG.warn("not ready (request {}): {}", AccessLog.requestId(ctx),
          e instanceof TimeoutException ? "no answer within " + READY_SECONDS + " s" : e.getCause().toString());
      throw new ApiException(503, "NotReady", NOT_READY);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "NotReady", NOT_READY);
    }
    ctx.result(Json.write(Map.of("status", "ready")));
  }

  private synchronized Future<?> currentProbe() {
    if (probe == null || probe.isDone()) {
      probe = prober.submit(() -> storage.read(c -> {
        try (Statement s = c.createStatement()) {
          s.setQueryTimeout(READY_SECONDS);
          return s.execute("SELECT 1");
        }
      }));
    }
    return probe;
  }

  /** Ends the probe thread (when the server stops). */
  void close() {
    prober.shutdownNow();
  }

  void metrics(Context ctx) {
    if (!mayReadMetrics(ctx)) {
      throw new ApiException(403, "Forbidden", METRICS_REFUSED);
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private boolean mayReadMetrics(Context ctx) {
    if (metricsToken != null) {
      String auth = ctx.header("Authorization");
      return auth != null && auth.startsWith("Bearer ")
          && MessageDigest.isEqual(metricsToken, auth.substring(7).getBytes(StandardCharsets.UTF_8));
    }
    boolean relayed = ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null
        || ctx.header("X-Real-IP") != null;
    return !relayed && isLoopback(ctx.req().getRemoteAddr());
  }

  private static boolean isLoopback(String address) {
    return address != null && (address.startsWith("127.") || address.equals("::1")
        || address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]"));
  }
}
