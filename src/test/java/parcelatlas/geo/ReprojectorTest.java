package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXYM;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

class ReprojectorTest {
  private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1000), 4527);

  @Test
  void wgs84ToGaussKrugerAndBackReturnsWithinANanodegree() {
    Reprojector there = Reprojector.of(Crs.WGS84, Crs.epsg(4527));
    Reprojector back = Reprojector.of(Crs.epsg(4527), Crs.WGS84);
    for (double[] p : ReprojectorAgainstGdalTest.grid(115.5, 118.5, 18, 54, 31)) {
      double[] gk = there.transform(p[0], p[1]);
      double[] ll = back.transform(gk[0], gk[1]);
      assertEquals(p[0], ll[0], 1e-9);
      assertEquals(p[1], ll[1], 1e-9);
    }
  }

  @Test
  void transverseMercatorRoundTripsToAMicrometreFarOutsideItsZone() {
    TransverseMercator tm = (TransverseMercator) Crs.epsg(4509).projection();
    for (double[] p : ReprojectorAgainstGdalTest.grid(97, 137, -60, 80, 21)) {
      double[] xy = tm.forward(p[0], p[1]);
      double[] ll = tm.inverse(xy[0], xy[1]);
      double[] again = tm.forward(ll[0], ll[1]);
      assertEquals(0, Math.hypot(again[0] - xy[0], again[1] - xy[1]), 1e-6);
    }
  }

  @Test
  void geometriesKeepTheirStructureAndGetTheTargetSrid() {
    Polygon outer = square(39_500_000, 3_320_000, 1000);
    Polygon inner = square(39_500_000, 3_320_000, 200);
    Polygon withHole = GF.createPolygon(outer.getExteriorRing(),
        new LinearRing[] {inner.getExteriorRing()});
    Geometry collection = GF.createGeometryCollection(new Geometry[] {
      GF.createMultiPolygon(new Polygon[] {withHole, square(39_510_000, 3_320_000, 50)}),
      GF.createLineString(new Coordinate[] {new Coordinate(39_500_000, 3_300_000),
          new Coordinate(39_501_000, 3_301_000)}),
      GF.createPoint(new Coordinate(39_500_000, 3_310_000))
    });
    Geometry before = collection.copy();
    Reprojector r = Reprojector.of(Crs.epsg(4527), Crs.WGS84);
    Geometry out = r.apply(collection);
    assertTrue(before.equalsExact(collection), "input untouched");
    assertEquals(collection.getGeometryType(), out.getGeometryType());
    assertEquals(collection.getNumGeometries(), out.getNumGeometries());
    assertEquals(collection.getNumPoints(), out.getNumPoints());
    assertEquals(1, ((Polygon) out.getGeometryN(0).getGeometryN(0)).getNumInteriorRing());
    for (int i = 0; i < out.getNumGeometries(); i++) {
      assertEquals(4326, out.getGeometryN(i).getSRID());
    }
    assertEquals(4326, out.getSRID());
    Coordinate c = out.getGeometryN(2).getCoordinate();
    double[] expected = r.transform(39_500_000, 3_310_000);
    assertEquals(expected[0], c.x, 0);
    assertEquals(expected[1], c.y, 0);
    assertEquals(117, c.x, 1e-9);
  }

  @Test
  void coordinatesKeepZAndM() {
    Reprojector r = Reprojector.of(Crs.WGS84, Crs.epsg(3857));
    Coordinate z = r.apply(new Coordinate(117, 30, 42.5));
    assertEquals(42.5, z.getZ());
    Coordinate m = r.apply(new CoordinateXYM(117, 30, 7));
    assertTrue(m instanceof CoordinateXYM);
    assertEquals(7, m.getM());
    assertEquals(13024380.422813, m.x, 1e-6);
    Geometry line = new GeometryFactory().createLineString(new Coordinate[] {
      new Coordinate(117, 30, 1), new Coordinate(118, 31, 2)});
    assertEquals(2, r.apply(line).getCoordinates()[1].getZ());
  }

  @Test
  void theSameCrsOnBothSidesCopiesUnchanged() {
    Reprojector r = Reprojector.of(Crs.epsg(4527), Crs.epsg(4527));
    Geometry g = square(39_500_000.123, 3_320_000.456, 10);
    Geometry out = r.apply(g);
    assertNotSame(g, out);
    assertTrue(g.equalsExact(out));
    assertEquals(4527, out.getSRID());
  }

  @Test
  void oneReprojectorServesManyThreadsWithIdenticalResults() throws Exception {
    Reprojector r = Reprojector.of(Crs.epsg(2437), Crs.epsg(3857));
    List<double[]> points = new ArrayList<>();
    for (double[] p : ReprojectorAgainstGdalTest.grid(400_000, 600_000, 2_700_000, 5_900_000, 60)) {
      points.add(p);
    }
    List<double[]> sequential = new ArrayList<>();
    for (double[] p : points) {
      sequential.add(r.transform(p[0], p[1]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<double[]>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> {
          List<double[]> out = new ArrayList<>();
          for (double[] p : points) {
            out.add(r.transform(p[0], p[1]));
          }
          return out;
        }));
      }
      for (Future<List<double[]>> run : runs) {
        List<double[]> got = run.get();
        for (int i = 0; i < points.size(); i++) {
          assertEquals(sequential.get(i)[0], got.get(i)[0], 0);
          assertEquals(sequential.get(i)[1], got.get(i)[1], 0);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Polygon square(double x, double y, double side) {
    double h = side / 2;
    return GF.createPolygon(new Coordinate[] {
      new Coordinate(x - h, y - h), new Coordinate(x + h, y - h), new Coordinate(x + h, y + h),
      new Coordinate(x - h, y + h), new Coordinate(x - h, y - h)
    });
  }
}
