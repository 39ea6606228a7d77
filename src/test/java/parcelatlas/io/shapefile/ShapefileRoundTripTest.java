package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static parcelatlas.io.TestShapefiles.GBK;
import static parcelatlas.io.TestShapefiles.GBK_FIELDS;
import static parcelatlas.io.TestShapefiles.PRJ;
import static parcelatlas.io.TestShapefiles.READ_WKT;
import static parcelatlas.io.TestShapefiles.UTF8_FIELDS;
import static parcelatlas.io.TestShapefiles.VALUES;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;

class ShapefileRoundTripTest {
  @TempDir Path dir;

  @Test
  void reads_back_a_gbk_shapefile_with_chinese_field_names_and_values() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    assertEquals("GBK", Files.readString(dir.resolve("parcels.cpg")));
    assertReadsBack(shp, null, GBK_FIELDS, "cpg", GBK);
  }

  @Test
  void reads_gbk_text_through_the_dbf_code_page_byte_when_the_cpg_is_missing() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    Files.delete(dir.resolve("parcels.cpg"));
    assertEquals(0x4D, TestShapefiles.readBytes(dir.resolve("parcels.dbf"), 29, 1).get(0));
    assertReadsBack(shp, null, GBK_FIELDS, "dbf code page", GBK);
  }

  @Test
  void reads_back_a_utf8_shapefile() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", StandardCharsets.UTF_8, UTF8_FIELDS);
    assertEquals("UTF-8", Files.readString(dir.resolve("parcels.cpg")));
    assertEquals(0, TestShapefiles.readBytes(dir.resolve("parcels.dbf"), 29, 1).get(0));
    assertReadsBack(shp, null, UTF8_FIELDS, "cpg", StandardCharsets.UTF_8);
  }

  @Test
  void guesses_gb18030_when_nothing_names_the_encoding_and_the_text_is_not_utf8() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    Files.delete(dir.resolve("parcels.cpg"));
    TestShapefiles.setLanguageDriver(dir.resolve("parcels.dbf"), 0);
    assertReadsBack(shp, null, GBK_FIELDS, "guessed", Charset.forName("GB18030"));
  }

  @Test
  void calls_utf8_the_default_when_nothing_names_the_encoding_and_all_text_is_utf8() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", StandardCharsets.UTF_8, UTF8_FIELDS);
    Files.delete(dir.resolve("parcels.cpg"));
    assertReadsBack(shp, null, UTF8_FIELDS, "default", StandardCharsets.UTF_8);
  }

  @Test
  void the_encoding_option_wins_over_a_wrong_cpg() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    Files.writeString(dir.resolve("parcels.cpg"), "UTF-8");
    assertReadsBack(shp, GBK, GBK_FIELDS, "option", GBK);
  }

  @Test
  void understands_the_cpg_spellings_found_in_real_files() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    for (String cpg : List.of("gbk", " CP936\r\n", "936", "ANSI 936", "GB2312", "GB18030")) {
      Files.writeString(dir.resolve("parcels.cpg"), cpg);
      try (FeatureSource source = FeatureSources.open(shp, null)) {
        assertEquals("cpg", source.encodingSource(), cpg);
        assertEquals("地块编号", source.fieldNames().get(0), cpg);
      }
    }
  }

  @Test
  void carries_the_prj_text_and_the_record_count() {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      assertEquals(PRJ, source.crsText().orElseThrow());
      assertEquals(4, source.recordCount());
      assertEquals("parcels.shp", source.fileName());
    }
  }

  @Test
  void gives_a_fresh_iterator_for_every_pass() {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      Iterator<SourceRecord> first = source.records();
      first.next();
      assertEquals(1, source.records().next().number());
      assertEquals(2, first.next().number());
    }
  }

  @Test
  void reads_points_lines_and_multipoints_back() {
    assertGeometries(ShapeType.POINT, List.of("POINT (120.5 30.25)"), List.of("POINT (120.5 30.25)"));
    assertGeometries(ShapeType.POLYLINE,
        List.of("LINESTRING (0 0, 1 1, 2 0)", "MULTILINESTRING ((0 0, 1 1), (5 5, 6 6, 7 5))"),
        List.of("MULTILINESTRING ((0 0, 1 1, 2 0))", "MULTILINESTRING ((0 0, 1 1), (5 5, 6 6, 7 5))"));
    assertGeometries(ShapeType.MULTIPOINT, List.of("POINT (3 4)", "MULTIPOINT ((1 2), (3 4))"),
        List.of("MULTIPOINT ((3 4))", "MULTIPOINT ((1 2), (3 4))"));
  }

  private void assertGeometries(ShapeType type, List<String> written, List<String> expected) {
    Path shp = dir.resolve(type.name().toLowerCase() + ".shp");
    List<DbfField> fields = List.of(new DbfField("ID", 'N', 4, 0));
    try (ShapefileWriter writer = new ShapefileWriter(shp, type, fields, GBK, null)) {
      for (int i = 0; i < written.size(); i++) {
        writer.write(TestShapefiles.geometry(written.get(i)), List.of(i + 1));
      }
      writer.write(null, List.of(99));
    }
    List<SourceRecord> records = TestShapefiles.readAll(shp, null);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), records.get(i).geometry().toText());
      assertEquals((long) (i + 1), records.get(i).attributes().get("ID"));
    }
    assertNull(records.get(expected.size()).geometry());
  }

  private static void assertReadsBack(Path shp, Charset override, List<DbfField> fields,
      String encodingSource, Charset charset) {
    List<SourceRecord> records = new ArrayList<>();
    try (FeatureSource source = FeatureSources.open(shp, override)) {
      assertEquals(encodingSource, source.encodingSource());
      assertEquals(charset, source.encoding());
      assertEquals(fields.stream().map(DbfField::name).toList(), source.fieldNames());
      assertFalse(source.crsText().isEmpty());
      source.records().forEachRemaining(records::add);
    }
    assertEquals(VALUES.size(), records.size());
    for (int i = 0; i < records.size(); i++) {
      SourceRecord record = records.get(i);
      assertEquals(i + 1, record.number());
      assertEquals(expectedAttributes(fields, VALUES.get(i)), record.attributes());
      String wkt = record.geometry() == null ? null : record.geometry().toText();
      assertEquals(READ_WKT.get(i), wkt);
      if (record.geometry() != null) {
        assertEquals(0, record.geometry().getSRID());
      }
    }
  }

  private static Map<String, Object> expectedAttributes(List<DbfField> fields, List<Object> values) {
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      Object value = values.get(i);
      if (fields.get(i).decimals() > 0 && value != null) {
        value = ((Number) value).doubleValue();
      }
      expected.put(fields.get(i).name(), value);
    }
    return expected;
  }
}
