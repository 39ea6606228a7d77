package parcelatlas.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.domain.ContextKind;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;

/**
 * Micro-benchmark of what an import with context points pays per parcel: {@link
 * ContextPointIndex#nearest} for the import benchmark's parcels (7-vertex rings of ~100 m, Gauss-Krüger
 * zone 39 reprojected to WGS84, as {@code bench.BenchmarkParcels} writes them) against the demo's 19
 * points of 6 kinds ({@code data/demo/context_points.geojson}). Prints CPU and wall µs per parcel (all kinds)
 * of each pass, single-threaded. Usage (repository root, after {@code mvn test-compile}):
 * {@code java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * parcelatlas.context.ContextIndexBench [parcels=100000] [passes=5]}; the import's launcher runs C1 only.
 */
public final class ContextIndexBench {
  private ContextIndexBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ContextPointIndex index = ContextPointIndex.of(demoPoints());
    List<Geometry> parcels = parcels(n);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      long hits = 0;
      double sum = 0;
      for (Geometry g : parcels) {
        for (ContextPointIndex.Hit h : index.nearest(g)) {
          hits++;
          sum += h.metres();
        }
      }
      double us = (System.nanoTime() - t0) / 1e3 / parcels.size();
      double cpuUs = (cpu.getCurrentThreadCpuTime() - c0) / 1e3 / parcels.size();
      System.out.printf("pass %d: CPU %.2f µs, wall %.2f µs per parcel (%d hits, sum %.6f m)%n", pass, cpuUs, us,
          hits, sum);
    }
  }

  static Map<ContextKind, List<ContextPointIndex.Point>> demoPoints() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Path.of("data/demo/context_points.geojson").toFile());
    Map<ContextKind, List<ContextPointIndex.Point>> points = new EnumMap<>(ContextKind.class);
    long id = 1;
    for (JsonNode f : root.get("features")) {
      JsonNode xy = f.get("geometry").get("coordinates");
      String code = f.get("properties").get("code").asText();
      points.computeIfAbsent(ContextKind.byCode(f.get("properties").get("kind").asText()), k -> new ArrayList<>())
          .add(new ContextPointIndex.Point(id++, code, xy.get(0).asDouble(), xy.get(1).asDouble()));
    }
    return points;
  }

  static List<Geometry> parcels(int n) {
    GeometryFactory factory = new GeometryFactory();
    Reprojector toWgs84 = Reprojector.of(Crs.epsg(4527), Crs.WGS84);
    int columns = (int) Math.ceil(Math.sqrt(n));
    List<Geometry> parcels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double x = 39_480_000 + (i % columns) * 120.0;
      double y = 3_820_000 + (i / columns) * 120.0;
      double w = 80 + (i % 7) * 4;
      double h = 80 + (i % 11) * 3;
      parcels.add(toWgs84.apply(factory.createPolygon(new Coordinate[] {new Coordinate(x, y),
          new Coordinate(x, y + h), new Coordinate(x + w / 2, y + h + 5), new Coordinate(x + w, y + h),
          new Coordinate(x + w, y), new Coordinate(x + w / 2, y - 5), new Coordinate(x, y)})));
    }
    return parcels;
  }
}
