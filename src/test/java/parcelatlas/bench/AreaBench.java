package parcelatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.geo.Crs;
import parcelatlas.geo.EqualAreaPolygon;
import parcelatlas.geo.GeodesicArea;
import parcelatlas.geo.Reprojector;

/**
 * Micro-benchmark: area of the import benchmark's 100,000 parcels (7 vertices, Gauss-Krüger zone
 * 39 reprojected to WGS84) by GeographicLib's geodesic polygons and by {@link EqualAreaPolygon};
 * prints ns per polygon (best of 7 passes after warm-up) and the worst relative difference.
 */
public final class AreaBench {
  private AreaBench() {}

  public static void main(String[] args) {
    GeometryFactory factory = new GeometryFactory();
    Reprojector toWgs84 = Reprojector.of(Crs.epsg(4527), Crs.WGS84);
    List<Geometry> parcels = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      double x = 39_480_000 + (i % 317) * 120.0;
      double y = 3_820_000 + (i / 317) * 120.0;
      double w = 80 + (i % 7) * 4;
      double h = 80 + (i % 11) * 3;
      parcels.add(toWgs84.apply(factory.createPolygon(new Coordinate[] {new Coordinate(x, y),
        new Coordinate(x, y + h), new Coordinate(x + w / 2, y + h + 5), new Coordinate(x + w, y + h),
        new Coordinate(x + w, y), new Coordinate(x + w / 2, y - 5), new Coordinate(x, y)})));
    }
    double worst = 0;
    for (Geometry g : parcels) {
      double a = GeodesicArea.squareMetres(g);
      worst = Math.max(worst, Math.abs(EqualAreaPolygon.squareMetres(g) - a) / a);
    }
    double geodesic = time(parcels, GeodesicArea::squareMetres);
    double fast = time(parcels, EqualAreaPolygon::squareMetres);
    System.out.printf("GeographicLib PolygonArea: %.0f ns/polygon%nEqualAreaPolygon: %.0f ns/polygon%n"
        + "speed-up: %.1fx; worst relative difference %.1e%n", geodesic, fast, geodesic / fast, worst);
  }

  private static double time(List<Geometry> parcels, ToDoubleFunction<Geometry> area) {
    double best = Double.MAX_VALUE;
    double sink = 0;
    for (int pass = 0; pass < 10; pass++) {
      long t0 = System.nanoTime();
      for (Geometry g : parcels) {
        sink += area.applyAsDouble(g);
      }
      double ns = (System.nanoTime() - t0) / (double) parcels.size();
      if (pass >= 3) {
        best = Math.min(best, ns);
      }
    }
    if (sink == 42) {
      System.out.println();
    }
    return best;
  }
}
