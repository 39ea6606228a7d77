package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The quick proof of validity never calls valid what JTS calls invalid, and does prove the usual parcel. */
class SmallPolygonsTest {
  private final GeometryFactory factory = new GeometryFactory();

  @Test
  void usual_parcels_are_proven_valid() throws Exception {
    for (String wkt : new String[] {
        "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))",
        "MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)))",
        "POLYGON ((0 0, 1 0, 0 1, 0 0))",
        "POLYGON ((0 0, 0 1, 0 1, 1 1, 1 0, 0 0))", // a repeated point
        "POLYGON ((0 0, 0 0.5, 0 1, 1 1, 1 0, 0 0))", // a vertex on a straight edge
        "POLYGON ((116.30001 39.90001, 116.30101 39.90001, 116.30101 39.90091, 116.30001 39.90091, 116.30001 39.90001))"}) {
      assertTrue(SmallPolygons.surelyValid(new WKTReader().read(wkt)), wkt);
    }
  }

  @Test
  void invalid_or_unproven_shapes_are_left_to_jts() throws Exception {
    for (String wkt : new String[] {
        "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", // bow tie
        "POLYGON ((0 0, 0 1, 0 2, 0 1, 1 1, 1 0, 0 0))", // a spike back along an edge
        "POLYGON ((0 0, 2 0, 2 2, 1 0, 0 2, 0 0))", // the ring touches itself at (1 0)
        "POLYGON ((0 0, 1 0, 2 0, 0 0))", // collinear: no area
        "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (1 1, 1 2, 2 2, 1 1))", // a hole: not this check's business
        "MULTIPOLYGON (((0 0, 0 1, 1 1, 0 0)), ((5 5, 5 6, 6 6, 5 5)))"}) {
      assertFalse(SmallPolygons.surelyValid(new WKTReader().read(wkt)), wkt);
    }
  }

  @Test
  void never_valid_where_jts_finds_a_problem() {
    SplittableRandom random = new SplittableRandom(20261205L);
    int proven = 0;
    int jtsValid = 0;
    for (int k = 0; k < 200_000; k++) {
      int n = 3 + random.nextInt(8);
      int grid = 2 + random.nextInt(4); // a small grid: touching, collinear and repeated points are common
      Coordinate[] ring = new Coordinate[n + 1];
      for (int i = 0; i < n; i++) {
        ring[i] = new Coordinate(random.nextInt(grid), random.nextInt(grid));
      }
      ring[n] = ring[0].copy();
      Geometry polygon = factory.createPolygon(ring);
      boolean valid = new IsValidOp(polygon).isValid();
      boolean quick = SmallPolygons.surelyValid(polygon);
      assertTrue(valid || !quick, () -> "proven valid but JTS disagrees: " + polygon);
      jtsValid += valid ? 1 : 0;
      proven += quick ? 1 : 0;
    }
    assertTrue(jtsValid > 1000, "enough valid rings drawn: " + jtsValid);
    assertTrue(proven > jtsValid / 2, "proven " + proven + " of " + jtsValid + " valid rings");
  }
}
