package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.io.TestShapefiles.GBK;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.io.Rings;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;

class ShapefileWriterTest {
  @TempDir Path dir;

  @Test
  void rejects_a_field_name_longer_than_ten_bytes_in_the_charset() {
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 10, 0));
    Path shp = dir.resolve("a.shp");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ShapefileWriter(shp, ShapeType.POLYGON, fields, StandardCharsets.UTF_8, null));
    assertTrue(e.getMessage().contains("地块编号"), e.getMessage());
    assertFalse(Files.exists(shp), "nothing is written for a bad definition");
    new ShapefileWriter(shp, ShapeType.POLYGON, fields, GBK, null).close();
  }

  @Test
  void rejects_a_value_of_the_wrong_type_naming_the_field() {
    Path shp = dir.resolve("a.shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POINT,
        List.of(new DbfField("面积", 'N', 10, 2), new DbfField("日期", 'D', 8, 0)), GBK, null)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(null, Arrays.asList("12.5", null)));
      assertTrue(e.getMessage().contains("面积"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(null, Arrays.asList(1, "2024-01-01")));
      assertTrue(e.getMessage().contains("日期"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(null, Arrays.asList(123456789.5, null)));
      assertTrue(e.getMessage().contains("面积"), e.getMessage());
      writer.write(null, Arrays.asList(1, null));
    }
    assertEquals(1, TestShapefiles.readAll(shp, null).size(), "rejected records leave no trace");
  }

  @Test
  void rejects_a_geometry_the_shape_type_cannot_hold() {
    try (ShapefileWriter writer = new ShapefileWriter(dir.resolve("a.shp"), ShapeType.POINT,
        List.of(), GBK, null)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(TestShapefiles.geometry("LINESTRING (0 0, 1 1)"), List.of()));
      assertTrue(e.getMessage().contains("LineString"), e.getMessage());
    }
  }

  @Test
  void cuts_text_to_the_field_width_without_splitting_a_character() {
    for (var charset : List.of(GBK, StandardCharsets.UTF_8)) {
      Path shp = dir.resolve("cut_" + charset.name() + ".shp");
      int width = charset == GBK ? 5 : 7;
      try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POINT,
          List.of(new DbfField("NAME", 'C', width, 0)), charset, null)) {
        writer.write(null, List.of("净地可供"));
        writer.write(null, List.of("A净地"));
      }
      List<SourceRecord> records = TestShapefiles.readAll(shp, null);
      assertEquals("净地", records.get(0).attributes().get("NAME"), charset.name());
      assertEquals("A净地", records.get(1).attributes().get("NAME"), "exactly fills " + width + " bytes");
    }
  }

  @Test
  void writes_numbers_right_aligned_with_the_field_decimals_and_dates_as_yyyymmdd() {
    Path shp = dir.resolve("n.shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POINT, List.of(
        new DbfField("A", 'N', 8, 2), new DbfField("B", 'N', 6, 0), new DbfField("C", 'L', 1, 0),
        new DbfField("D", 'D', 8, 0)), GBK, null)) {
      writer.write(null, Arrays.asList(3.14159, 42, true, LocalDate.of(2024, 2, 29)));
      writer.write(null, Arrays.asList(null, -7L, false, null));
    }
    Path dbf = dir.resolve("n.dbf");
    int headerLength = TestShapefiles.readBytes(dbf, 8, 2).getShort(0);
    String rows = StandardCharsets.US_ASCII.decode(
        TestShapefiles.readBytes(dbf, headerLength, 2 * 24 + 1)).toString();
    assertEquals("     3.14    42T20240229" + " " + " ".repeat(12) + "-7F        " + "\u001a", rows);
  }

  @Test
  void writes_shells_clockwise_and_holes_counter_clockwise() {
    Path shp = dir.resolve("rings.shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, List.of(), GBK, null)) {
      writer.write(TestShapefiles.geometry("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), "
          + "(2 2, 2 4, 4 4, 4 2, 2 2))"), List.of());
    }
    Polygon polygon = (Polygon) ((MultiPolygon) TestShapefiles.readAll(shp, null).get(0).geometry())
        .getGeometryN(0);
    assertTrue(Rings.isClockwise(polygon.getExteriorRing().getCoordinates()));
    assertTrue(Rings.isCounterClockwise(polygon.getInteriorRingN(0).getCoordinates()));
  }

  @Test
  void patches_file_lengths_and_the_bounding_box_into_the_headers_on_close() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, TestShapefiles.GBK_FIELDS);
    ByteBuffer header = TestShapefiles.readBytes(shp, 0, 100);
    assertEquals(Files.size(shp), 2L * header.order(ByteOrder.BIG_ENDIAN).getInt(24));
    header.order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(5, header.getInt(32));
    assertEquals(List.of(120.0, 30.0, 122.1, 32.1), List.of(header.getDouble(36),
        header.getDouble(44), header.getDouble(52), header.getDouble(60)));
    Path shx = dir.resolve("parcels.shx");
    assertEquals(100 + 4 * 8, Files.size(shx));
    assertEquals(Files.size(shx), 2L * TestShapefiles.readBytes(shx, 24, 4)
        .order(ByteOrder.BIG_ENDIAN).getInt(0));
    assertEquals(4, TestShapefiles.readBytes(dir.resolve("parcels.dbf"), 4, 4).getInt(0));
  }
}
