package parcelatlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OGC items load of {@code items.sh}: {@code connections} threads, each asking for
 * {@code /ogc/collections/parcels/items?limit=L&bbox=…} with a random {@code size}° box inside the
 * given extent, for {@code seconds}, anonymously. Reads every body in full; prints one line:
 * requests per second, p50 and p99 latency, errors (anything but 200), and the share of pages that
 * had a next link (full pages; not counted, as the requests do not ask count=true). Each thread keeps one
 * {@link LeanHttp} connection (the JDK's HttpClient with {@code -Dbench.jdkClient=true}).
 *
 * With a PATH as the last argument, asks for that path instead (a baseline of the HTTP stack, e.g.
 * {@code /api/config}, which reads no database).
 *
 * <p>{@code -Dbench.itemsPath=PATH?PARAMS&} asks another server's items resource with the same boxes
 * (e.g. MapServer's {@code /mapserv/atlas/ogcapi/collections/parcels/items?f=json&}); the portal's is
 * {@code /ogc/collections/parcels/items?}.
 *
 * <p>Usage: {@code ItemsLoad BASE_URL SECONDS CONNECTIONS WEST,SOUTH,EAST,NORTH SIZE LIMIT SEED [PATH]}
 */
public final class ItemsLoad {
  /** {@code -Dbench.jdkClient=true}: requests through java.net.http.HttpClient, as before {@link LeanHttp}. */
  private static final boolean JDK_CLIENT = Boolean.getBoolean("bench.jdkClient");
  /** The items resource and any fixed parameters, ending in {@code ?} or {@code &}. */
  private static final String ITEMS = System.getProperty("bench.itemsPath", "/ogc/collections/parcels/items?");

  /** A next link, searched in a body's bytes (no String per body: the client shares the CPU it measures). */
  private static final byte[] NEXT = "\"rel\":\"next\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private ItemsLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    if (!"127.0.0.1".equals(URI.create(base).getHost())) {
      throw new IllegalArgumentException("the load only talks to 127.0.0.1, not " + base);
    }
    int connections = Integer.parseInt(args[2]);
    double[] extent = java.util.Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray();
    double size = Double.parseDouble(args[4]);
    int limit = Integer.parseInt(args[5]);
    long seed = Long.parseLong(args[6]);
    String fixed = args.length > 7 ? base + args[7] : null;
    // only when asked for: on a loaded machine building it took seconds of the run's window
    HttpClient client = JDK_CLIENT ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build() : null;
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    AtomicLong paged = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(Long.parseLong(args[1])).toNanos(); // the whole window after the set-up
    for (int t = 0; t < connections; t++) {
      SplittableRandom random = new SplittableRandom(seed * 1000 + t);
      running.add(threads.submit(() -> {
        List<Long> mine = new ArrayList<>();
        URI target = URI.create(base);
        LeanHttp lean = JDK_CLIENT ? null : new LeanHttp(target.getHost(), target.getPort());
        while (System.nanoTime() < end) {
          double w = extent[0] + random.nextDouble() * Math.max(0, extent[2] - extent[0] - size);
          double s = extent[1] + random.nextDouble() * Math.max(0, extent[3] - extent[1] - size);
          String url = fixed != null ? fixed : String.format(Locale.ROOT, "%s%slimit=%d&bbox=%.6f,%.6f,%.6f,%.6f",
              base, ITEMS, limit, w, s, w + size, s + size);
          long t0 = System.nanoTime();
          try {
            int status;
            boolean next;
            if (lean != null) {
              status = lean.get(url.substring(base.length()), "");
              next = status == 200 && lean.bodyContains(NEXT);
            } else {
              HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                  .build(), HttpResponse.BodyHandlers.ofString());
              status = r.statusCode();
              next = r.body().contains("\"rel\":\"next\"");
            }
            if (status != 200) {
              errors.incrementAndGet();
            } else if (next) {
              paged.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          mine.add(System.nanoTime() - t0);
        }
        if (lean != null) {
          lean.close();
        }
        latencies.addAll(mine);
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    threads.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int n = sorted.size();
    System.out.printf(Locale.ROOT, "requests %d  req/s %.1f  p50 %.1f ms  p99 %.1f ms  errors %d  with next %.1f%%%n",
        n, n / seconds, n == 0 ? 0 : sorted.get(n / 2) / 1e6, n == 0 ? 0 : sorted.get(Math.min(n - 1, n * 99 / 100)) / 1e6,
        errors.get(), n == 0 ? 0 : 100.0 * paged.get() / n);
  }
}
