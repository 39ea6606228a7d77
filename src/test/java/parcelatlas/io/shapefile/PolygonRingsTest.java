package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.io.TestShapefiles;

/**
 * Ring handling on polygon records written ring by ring, exactly as given (a polyline file
 * whose type codes are then changed to polygon), so that winding and order are under control.
 */
class PolygonRingsTest {
  private static final String BIG = "(0 0, 0 100, 100 100, 100 0, 0 0)";
  private static final String ISLAND = "(20 20, 20 80, 80 80, 80 20, 20 20)";
  private static final String HOLE_IN_BIG = "(10 10, 90 10, 90 90, 10 90, 10 10)";
  private static final String HOLE_IN_ISLAND = "(30 30, 70 30, 70 70, 30 70, 30 30)";
  @TempDir Path dir;

  @Test
  void gives_each_hole_to_the_smallest_shell_that_contains_it() {
    Geometry read = readRings("MULTILINESTRING (" + BIG + ", " + ISLAND + ", " + HOLE_IN_BIG
        + ", " + HOLE_IN_ISLAND + ")");
    assertEquals("MULTIPOLYGON ((" + BIG + ", " + HOLE_IN_BIG + "), (" + ISLAND + ", "
        + HOLE_IN_ISLAND + "))", read.toText());
  }

  @Test
  void turns_a_hole_that_no_shell_contains_into_a_shell() {
    String lone = "(200 0, 210 0, 210 10, 200 10, 200 0)";
    Geometry read = readRings("MULTILINESTRING (" + lone + ", " + BIG + ")");
    assertEquals("MULTIPOLYGON ((" + BIG + "), (" + lone + "))", read.toText());
  }

  @Test
  void closes_an_open_ring_and_keeps_a_single_ring_polygon_a_multipolygon() {
    Geometry read = readRings("LINESTRING (0 0, 0 1, 1 1)");
    assertEquals("MULTIPOLYGON (((0 0, 0 1, 1 1, 0 0)))", read.toText());
  }

  @Test
  void builds_a_self_intersecting_ring_without_repairing_it() {
    Geometry read = readRings("LINESTRING (0 0, 0 10, 10 0, 10 10, 0 0)");
    assertEquals("MULTIPOLYGON (((0 0, 0 10, 10 0, 10 10, 0 0)))", read.toText());
    assertFalse(read.isValid());
  }

  private Geometry readRings(String lines) {
    Path shp = dir.resolve("rings.shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYLINE,
        List.of(new DbfField("ID", 'N', 4, 0)), TestShapefiles.GBK, null)) {
      writer.write(TestShapefiles.geometry(lines), List.of(1));
    }
    TestShapefiles.retypeAsPolygons(shp, dir.resolve("rings.shx"));
    return TestShapefiles.readAll(shp, null).get(0).geometry();
  }
}
