package parcelatlas.investor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For {@code src/test/bench/investor.sh} (not a test): {@code CONNECTIONS} threads send one
 * request over and over for {@code SECONDS} (a GET, or a JSON POST when a body is given) to
 * 127.0.0.1 only; prints requests per second and the number of answers that were not 200.
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
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    HttpRequest request = args.length > 3
        ? builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(args[3])).build()
        : builder.GET().build();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      running.add(threads.submit(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (System.nanoTime() < end) {
          HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
          (response.statusCode() == 200 ? ok : failed).incrementAndGet();
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
