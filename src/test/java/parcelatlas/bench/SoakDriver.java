package parcelatlas.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The soak's load: {@code connections} threads, each looping for {@code minutes} (and at most
 * {@value #MAX_ROUNDS} rounds) over a weighted mix — 75 % anonymous reads (home page, investor
 * search, OGC items in a bbox, GeoJSON map tiles), 20 % an official's writes (weekly reports,
 * investments), 5 % hostile requests of issue 9 item 2 (140,000 needs, a self-intersecting
 * 2,000-vertex {@code within}, a burst of 10 wrong passwords). Then prints, per class, count,
 * errors (legitimate: anything not 2xx; hostile: 5xx or no answer; for both, 429 and 503 — load
 * shed with {@code Retry-After} — are not errors but are listed in the statuses) and p50/p95/p99 latency.
 * Each request times out after 60 seconds; only talks to 127.0.0.1.
 *
 * <p>Usage: {@code SoakDriver BASE_URL MINUTES CONNECTIONS USER PASSWORD}
 */
public final class SoakDriver {
  private static final int MAX_ROUNDS = 1_000_000;
  private static final int BURST = 10;

  private SoakDriver() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    if (!"127.0.0.1".equals(URI.create(base).getHost())) {
      throw new IllegalArgumentException("the soak only talks to 127.0.0.1, not " + base);
    }
    Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(args[1]) * 60));
    int connections = Integer.parseInt(args[2]);
    SoakRequests requests = new SoakRequests(base);
    requests.prepare(args[3], args[4]);
    SoakStats stats = new SoakStats();
    Instant end = Instant.now().plus(length);
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      // a zone per thread while there are zones, so reports based on the latest never conflict
      String zone = t < requests.zones().size() ? requests.zones().get(t) : null;
      SplittableRandom random = new SplittableRandom(20261204L + t);
      running.add(threads.submit(() -> loop(requests, stats, zone, args[3], random, end)));
    }
    for (Future<?> f : running) {
      f.get();
    }
    threads.shutdown();
    System.out.printf("soak: %d requests in %s over %d connections%n", stats.total(), length, connections);
    System.out.print(stats.table());
  }

  private static Void loop(SoakRequests r, SoakStats stats, String zone, String user, SplittableRandom random,
      Instant end) {
    for (int round = 0; round < MAX_ROUNDS && Instant.now().isBefore(end); round++) {
      int pick = random.nextInt(100);
      if (pick < 15) {
        time(stats, "read: home page", false, r::home);
      } else if (pick < 35) {
        time(stats, "read: investor search", false, () -> r.investorSearch(random));
      } else if (pick < 55) {
        time(stats, "read: OGC items bbox", false, () -> r.ogcItems(random));
      } else if (pick < 75) {
        time(stats, "read: GeoJSON tile", false, () -> r.jsonTile(random));
      } else if (pick < 85 && zone != null) {
        time(stats, "write: weekly report", false, () -> r.weeklyReport(zone));
      } else if (pick < 95) {
        time(stats, "write: investment", false, () -> r.investment(random));
      } else if (pick < 97) {
        time(stats, "hostile: huge needs", true, r::hugeNeeds);
      } else if (pick < 99) {
        time(stats, "hostile: within polygon", true, r::selfIntersectingCount);
      } else {
        for (int i = 0; i < BURST && Instant.now().isBefore(end); i++) {
          time(stats, "hostile: wrong password", true, () -> r.wrongPassword(user, random));
        }
      }
    }
    return null;
  }

  /** One request's status, or -1 when it got no answer. */
  private interface Request {
    int send() throws Exception;
  }

  private static void time(SoakStats stats, String kind, boolean hostile, Request request) {
    long start = System.nanoTime();
    String status;
    boolean error;
    try {
      int code = request.send();
      status = Integer.toString(code);
      boolean shed = code == 429 || code == 503;  // refused for load, with Retry-After: counted apart, in the statuses
      error = hostile ? code >= 500 && !shed : code / 100 != 2 && !shed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      status = e.getClass().getSimpleName();
      error = true;
    }
    stats.record(kind, System.nanoTime() - start, error, status);
  }
}
