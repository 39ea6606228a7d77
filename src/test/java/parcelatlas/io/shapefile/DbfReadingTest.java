package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static parcelatlas.io.TestShapefiles.GBK;
import static parcelatlas.io.TestShapefiles.GBK_FIELDS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;

/** Attribute parsing on .dbf files patched byte by byte from a good one. */
class DbfReadingTest {
  private static final int AREA = 2;
  private static final int COUNT = 3;
  private static final int SUPPLIED = 4;
  private static final int DATE = 5;
  @TempDir Path dir;
  private Path shp;
  private Path dbf;

  @BeforeEach
  void writeParcels() {
    shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    dbf = dir.resolve("parcels.dbf");
  }

  @Test
  void skips_deleted_records_but_keeps_the_numbers_of_the_shp() {
    TestShapefiles.markDeleted(dbf, 2);
    List<SourceRecord> records = TestShapefiles.readAll(shp, null);
    assertEquals(List.of(1L, 3L, 4L), records.stream().map(SourceRecord::number).toList());
    assertEquals("QL-B-003", records.get(1).attributes().get("地块编号"));
    assertNull(records.get(1).geometry());
    assertEquals(TestShapefiles.READ_WKT.get(3), records.get(2).geometry().toText());
  }

  @Test
  void reads_blank_and_starred_numbers_as_null_and_a_fraction_in_an_integer_field_as_double() {
    TestShapefiles.patchDbf(dbf, 1, AREA, ascii("************"));
    TestShapefiles.patchDbf(dbf, 2, COUNT, ascii("  2.5"));
    List<SourceRecord> records = TestShapefiles.readAll(shp, null);
    assertNull(records.get(0).attributes().get("面积"));
    assertEquals(2.5, records.get(1).attributes().get("宗数"));
    assertEquals(0L, records.get(3).attributes().get("宗数"));
  }

  @Test
  void reads_the_logical_spellings_y_n_and_question_mark() {
    TestShapefiles.patchDbf(dbf, 1, SUPPLIED, ascii("y"));
    TestShapefiles.patchDbf(dbf, 2, SUPPLIED, ascii("n"));
    TestShapefiles.patchDbf(dbf, 3, SUPPLIED, ascii("?"));
    List<Object> values = TestShapefiles.readAll(shp, null).stream()
        .map(r -> r.attributes().get("已供")).toList();
    assertEquals(java.util.Arrays.asList(true, false, null, null), values);
  }

  @Test
  void reads_a_zero_date_as_null_and_rejects_an_impossible_one_naming_record_and_field() {
    TestShapefiles.patchDbf(dbf, 1, DATE, ascii("00000000"));
    assertNull(TestShapefiles.readAll(shp, null).get(0).attributes().get("供地日期"));
    TestShapefiles.patchDbf(dbf, 4, DATE, ascii("20230231"));
    BadInputException e = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(shp, null));
    assertEquals(4L, e.record());
    assertEquals("供地日期", e.field());
    assertEquals("parcels.dbf, record 4, field 供地日期: '20230231' is not a date (yyyyMMdd)",
        e.getMessage());
  }

  @Test
  void keeps_a_memo_field_with_null_values() {
    TestShapefiles.writeBytes(dbf, 32 + 32 * AREA + 11, ascii("M"));
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      assertEquals("面积", source.fieldNames().get(AREA));
      Map<String, Object> first = source.records().next().attributes();
      assertNull(first.get("面积"));
      assertEquals(LocalDate.of(2024, 3, 1), first.get("供地日期"));
    }
  }

  @Test
  void tolerates_a_utf8_character_cut_at_the_end_of_a_full_field() {
    Path cut = dir.resolve("cut.shp");
    try (ShapefileWriter writer = new ShapefileWriter(cut, ShapeType.POINT,
        List.of(new DbfField("NAME", 'C', 5, 0)), StandardCharsets.UTF_8, null)) {
      writer.write(null, List.of("x"));
    }
    byte[] jing = "A净".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(jing, 5);
    bytes[4] = "地".getBytes(StandardCharsets.UTF_8)[0];
    TestShapefiles.patchDbf(dir.resolve("cut.dbf"), 1, 0, bytes);
    assertEquals("A净", TestShapefiles.readAll(cut, null).get(0).attributes().get("NAME"));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
