package parcelatlas.investor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import parcelatlas.bench.LeanHttp;

/**
 * For {@code src/test/bench/investor.sh} (not a test): {@code CONNECTIONS} threads send one
 * request over and over for {@code SECONDS} (a GET, or a JSON POST when a body is given) to
 * 127.0.0.1 only, each thread over one {@link LeanHttp} keep-alive connection; prints requests per
 * second and the number of answers that were not 200. With {@code -Dload.visitors=true} each
 * connection is another visitor: it sends {@code X-Forwarded-For: 10.0.0.N} (N its number from 1),
 * which a portal trusting 127.0.0.1 as its proxy ({@code trusted.proxies}) takes as the client's
 * address, so each connection holds its own work slots, as separate visitors do.
 *
 * <p>Usage: {@code InvestorHttpLoad URL SECONDS CONNECTIONS [JSON_BODY]}
 */
public final class InvestorHttpLoad {
  private InvestorHttpLoad() {}

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    if (!"127.0.0.1".equals(uri.getHost())) {
      throw new IllegalArgumentException("only talks to 127.0.0.1, not " + uri.getHost());
    }
    long seconds = Long.parseLong(args[1]);
    int connections = Integer.parseInt(args[2]);
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    byte[] json = args.length > 3 ? args[3].getBytes(java.nio.charset.StandardCharsets.UTF_8) : null;
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    List<Future<?>> running = new ArrayList<>();
    boolean visitors = Boolean.getBoolean("load.visitors");
    for (int t = 0; t < connections; t++) {
      String headers = visitors ? "X-Forwarded-For: 10.0.0." + (t + 1) + "\r\n" : "";
      running.add(threads.submit(() -> {
        try (LeanHttp client = new LeanHttp(uri.getHost(), uri.getPort())) {
          while (System.nanoTime() < end) {
            int status = json == null ? client.get(target, headers) : client.postJson(target, json, headers);
            (status == 200 ? ok : failed).incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    threads.shutdown();
    System.out.printf("%.1f req/s (%d not 200)%n", ok.get() / (double) seconds, failed.get());
  }
}
