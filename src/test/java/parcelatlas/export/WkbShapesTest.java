package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;
import parcelatlas.io.shapefile.ShpShxRecords;

/** WKB straight to .shp/.shx records (ShpShxRecords, headers in front at the end, as the export zips them) gives the very bytes the JTS path (reproject, then ShapefileWriter) gives. */
class WkbShapesTest {
  private static final GeometryFactory WGS84 = new GeometryFactory();
  @TempDir Path dir;

  @Test
  void polygons_with_holes_in_either_winding_and_multipolygons_match_the_jts_path_in_every_wkb_flavour() throws Exception {
    Random random = new Random(7);
    List<Geometry> geometries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Polygon a = polygon(random, i % 2 == 0, i % 3 == 0);
      geometries.add(i % 4 == 0 ? WGS84.createMultiPolygon(new Polygon[] {a, polygon(random, i % 5 == 0, true)}) : a);
    }
    geometries.add(WGS84.createMultiPolygon());
    geometries.add(WGS84.createPolygon());
    geometries.add(null);
    for (Crs target : List.of(Crs.epsg(4527), Crs.WGS84, Crs.epsg(3857))) {
      for (int flavour = 0; flavour < 4; flavour++) {
        assertSameFiles(geometries, ShapeType.POLYGON, target, flavour);
      }
    }
  }

  @Test
  void points_match_the_jts_path() throws Exception {
    Random random = new Random(3);
    List<Geometry> points = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      points.add(WGS84.createPoint(new Coordinate(118 + random.nextDouble(), 31 + random.nextDouble())));
    }
    points.add(WGS84.createPoint());
    for (int flavour = 0; flavour < 4; flavour++) {
      assertSameFiles(points, ShapeType.POINT, Crs.epsg(4527), flavour);
    }
  }

  @Test
  void a_geometry_the_file_cannot_hold_is_refused() {
    WkbShapes shapes = new WkbShapes(ShapeType.POINT, Reprojector.of(Crs.WGS84, Crs.WGS84));
    byte[] polygon = new WKBWriter().write(polygon(new Random(1), true, false));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shapes.encode(polygon));
    assertTrue(e.getMessage().contains("POINT"), e.getMessage());
  }

  /** flavour: 0 little-endian 2D, 1 big-endian 2D, 2 little-endian with Z, 3 big-endian with an SRID (extended WKB flags). */
  private void assertSameFiles(List<Geometry> geometries, ShapeType type, Crs target, int flavour) throws Exception {
    Reprojector reprojector = Reprojector.of(Crs.WGS84, target);
    List<DbfField> fields = List.of(new DbfField("n", 'N', 4, 0));
    Path jts = Files.createDirectories(dir.resolve("jts" + flavour + target.epsg()));
    try (ShapefileWriter writer = new ShapefileWriter(jts.resolve("a.shp"), type, fields, StandardCharsets.UTF_8, null)) {
      for (Geometry g : geometries) {
        writer.write(g == null ? null : reprojector.apply(g), List.of(1));
      }
    }
    Path wkb = Files.createDirectories(dir.resolve("wkb" + flavour + target.epsg()));
    WkbShapes shapes = new WkbShapes(type, reprojector);
    WKBWriter writer = new WKBWriter(flavour == 2 ? 3 : 2,
        flavour % 2 == 0 ? ByteOrderValues.LITTLE_ENDIAN : ByteOrderValues.BIG_ENDIAN, flavour == 3);
    java.io.ByteArrayOutputStream shp = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream shx = new java.io.ByteArrayOutputStream();
    ShpShxRecords files = new ShpShxRecords(shp, shx, type);
    for (Geometry g : geometries) {
      if (g != null) {
        g.setSRID(4326);
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.setZ(flavour == 2 ? 12.5 : Double.NaN));
      }
      ByteBuffer content = shapes.encode(g == null ? null : writer.write(g));
      files.write(content, shapes.box[0], shapes.box[1], shapes.box[2], shapes.box[3]);
    }
    Files.write(wkb.resolve("a.shp"), files.shpHeader());
    Files.write(wkb.resolve("a.shp"), shp.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    Files.write(wkb.resolve("a.shx"), files.shxHeader());
    Files.write(wkb.resolve("a.shx"), shx.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    for (String file : List.of("a.shp", "a.shx")) {
      assertArrayEquals(Files.readAllBytes(jts.resolve(file)), Files.readAllBytes(wkb.resolve(file)),
          file + " for EPSG:" + target.epsg() + ", flavour " + flavour);
    }
  }

  /** A star-ish polygon near Hefei, shell wound as asked, with a hole wound the same way when asked. */
  private static Polygon polygon(Random random, boolean clockwise, boolean hole) {
    double cx = 117 + random.nextDouble();
    double cy = 31 + random.nextDouble();
    LinearRing shell = ring(cx, cy, 0.01 + random.nextDouble() * 0.01, 5 + random.nextInt(20), clockwise);
    LinearRing[] holes = hole ? new LinearRing[] {ring(cx, cy, 0.002, 4 + random.nextInt(5), clockwise)} : new LinearRing[0];
    return WGS84.createPolygon(shell, holes);
  }

  private static LinearRing ring(double cx, double cy, double r, int n, boolean clockwise) {
    Coordinate[] c = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double a = (clockwise ? -1 : 1) * 2 * Math.PI * i / n;
      c[i] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
    }
    c[n] = c[0].copy();
    return WGS84.createLinearRing(c);
  }
}
