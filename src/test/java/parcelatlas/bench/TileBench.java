package parcelatlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import parcelatlas.tiles.PostgisTiles;
import parcelatlas.tiles.Tile;
import parcelatlas.tiles.TileLayer;
import parcelatlas.tiles.TileQuery;

/**
 * The tile benchmark's two halves (src/test/bench/tiles.sh).
 * <ul>
 *   <li>{@code prepare JDBC_URL DIR COUNT ZOOM}: picks COUNT random tiles of the zoom holding
 *       parcels (seeded), writes their addresses to {@code DIR/tiles.txt} and, for each, the
 *       exact statement the portal runs for an anonymous visitor, its parameters written in as
 *       literals, to {@code DIR/tile-N.sql} for pgbench;</li>
 *   <li>{@code http BASE DIR SECONDS CONNECTIONS [revalidate]}: GETs those tiles in random order
 *       from the portal on 127.0.0.1 (one {@link LeanHttp} keep-alive connection per client) and prints tiles/s, mean size and latency percentiles; with
 *       {@code revalidate}, each request sends the tile's ETag (a cache asking again: 304);</li>
 *   <li>{@code prime BASE DIR}: GETs each of those tiles once, so a cache in front (HAProxy) holds
 *       them all before a {@code http} run measures it hot.</li>
 * </ul>
 */
public final class TileBench {
  private TileBench() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("prepare")) {
      prepare(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    } else if (args[0].equals("prime")) {
      prime(args[1], Path.of(args[2]));
    } else {
      http(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          args.length > 5 && args[5].equals("revalidate"));
    }
  }

  private static void prepare(String url, Path dir, int count, int z) throws Exception {
    double[] e = new double[4];
    try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(
        "SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Extent(geom) AS b FROM parcels) x")) {
      rs.next();
      for (int i = 0; i < 4; i++) {
        e[i] = rs.getDouble(i + 1);
      }
    }
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(20261204L);
    List<String> lines = new ArrayList<>();
    double n = 1L << z;
    for (int i = 0; i < count; i++) {
      double lon = e[0] + random.nextDouble() * (e[2] - e[0]);
      double lat = e[1] + random.nextDouble() * (e[3] - e[1]);
      int col = (int) Math.floor((lon + 180) / 360 * n);
      double phi = Math.toRadians(lat);
      int row = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
      Tile tile = new Tile(z, row, col);
      lines.add(z + "/" + row + "/" + col);
      TileQuery.Statement s = PostgisTiles.statement(new TileQuery(TileLayer.PARCELS, tile, true, LocalDate.now()));
      Files.writeString(dir.resolve("tile-" + i + ".sql"), inline(s) + ";\n");
    }
    Files.write(dir.resolve("tiles.txt"), lines);
  }

  private static void prime(String base, Path dir) throws Exception {
    URI target = URI.create(base);
    if (!"127.0.0.1".equals(target.getHost())) {
      throw new IllegalArgumentException("only talks to 127.0.0.1, not " + base);
    }
    try (LeanHttp lean = new LeanHttp(target.getHost(), target.getPort())) {
      for (String tile : Files.readAllLines(dir.resolve("tiles.txt"))) {
        int status = lean.get("/ogc/collections/parcels/tiles/WebMercatorQuad/" + tile, "");
        if (status != 200) {
          throw new IllegalStateException("tile " + tile + " answered " + status);
        }
      }
    }
  }

  /** The statement with each {@code ?} replaced by its parameter as an SQL literal (numbers and dates only). */
  private static String inline(TileQuery.Statement s) {
    StringBuilder sql = new StringBuilder();
    int p = 0;
    for (char ch : s.sql().toCharArray()) {
      if (ch == '?') {
        Object v = s.params().get(p++);
        sql.append(v instanceof Number ? v.toString() : "DATE '" + v + "'");
      } else {
        sql.append(ch);
      }
    }
    return sql.toString();
  }

  private static void http(String base, Path dir, int seconds, int connections, boolean revalidate) throws Exception {
    if (!"127.0.0.1".equals(URI.create(base).getHost())) {
      throw new IllegalArgumentException("only talks to 127.0.0.1, not " + base);
    }
    List<String> tiles = Files.readAllLines(dir.resolve("tiles.txt"));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String prefix = base + "/ogc/collections/parcels/tiles/WebMercatorQuad/";
    String[] etags = new String[tiles.size()];
    if (revalidate) {
      for (int i = 0; i < tiles.size(); i++) {
        etags[i] = client.send(HttpRequest.newBuilder(URI.create(prefix + tiles.get(i))).build(),
            HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
      }
    }
    AtomicLong bytes = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      SplittableRandom random = new SplittableRandom(7L + t);
      running.add(pool.submit(() -> {
        URI target = URI.create(base);
        try (LeanHttp lean = new LeanHttp(target.getHost(), target.getPort())) {
          String path = URI.create(prefix).getPath();
          while (System.nanoTime() < end) {
            int i = random.nextInt(tiles.size());
            long t0 = System.nanoTime();
            int status = lean.get(path + tiles.get(i), revalidate ? "If-None-Match: " + etags[i] + "\r\n" : "");
            micros.add((System.nanoTime() - t0) / 1000);
            bytes.addAndGet(lean.bodyLength());
            if (status != (revalidate ? 304 : 200)) {
              errors.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%.1f tiles/s, %d requests, %d errors, mean %.1f KB, p50 %.1f ms, p99 %.1f ms%n",
        sorted.length / (double) seconds, sorted.length, errors.get(), bytes.get() / 1024.0 / Math.max(1, sorted.length),
        pct(sorted, 0.50), pct(sorted, 0.99));
  }

  private static double pct(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000.0;
  }
}
