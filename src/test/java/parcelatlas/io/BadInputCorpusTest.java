package parcelatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.io.TestShapefiles.GBK;
import static parcelatlas.io.TestShapefiles.GBK_FIELDS;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.shapefile.DbfField;

/**
 * Broken input, built from a good shapefile: each case must be a {@link BadInputException}
 * whose message names the file (and the record and field where they are known).
 */
class BadInputCorpusTest {
  private static final String SIDE_BY_SIDE = "(a shapefile needs .shp, .shx and .dbf side by side)";
  @TempDir Path dir;
  private Path shp;

  @BeforeEach
  void writeGoodFile() {
    shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
  }

  @Test
  void a_shp_cut_inside_a_record_names_that_record() throws Exception {
    long record2 = 2L * TestShapefiles.readBytes(dir.resolve("parcels.shx"), 108, 4)
        .order(ByteOrder.BIG_ENDIAN).getInt(0);
    TestShapefiles.truncate(shp, record2 + 8 + 20);
    assertProblem(shp, "parcels.shp, record 2: file ends inside the record (truncated .shp?)");
  }

  @Test
  void a_shp_cut_between_records_says_how_many_it_holds() throws Exception {
    long record3 = 2L * TestShapefiles.readBytes(dir.resolve("parcels.shx"), 116, 4)
        .order(ByteOrder.BIG_ENDIAN).getInt(0);
    TestShapefiles.truncate(shp, record3);
    assertProblem(shp, "parcels.shp, record 3: the .shp ends after 2 records but the .dbf has 4"
        + " (truncated .shp?)");
  }

  @Test
  void a_missing_dbf_or_shx_is_named() throws Exception {
    Files.move(dir.resolve("parcels.shx"), dir.resolve("parcels.shx.bak"));
    assertProblem(shp, "parcels.shp: the .shx is missing " + SIDE_BY_SIDE);
    Files.delete(dir.resolve("parcels.dbf"));
    assertProblem(shp, "parcels.shp: the .dbf is missing " + SIDE_BY_SIDE);
  }

  @Test
  void an_shx_that_disagrees_with_the_dbf_is_refused() {
    TestShapefiles.truncate(dir.resolve("parcels.shx"), 100 + 3 * 8);
    assertProblem(shp, "parcels.shx: the .shx indexes 3 records but the .dbf holds 4; "
        + "the files do not belong together or one is truncated");
  }

  @Test
  void a_truncated_dbf_names_the_record() throws Exception {
    Path dbf = dir.resolve("parcels.dbf");
    TestShapefiles.truncate(dbf, Files.size(dbf) - 30);
    assertProblem(shp, "parcels.dbf, record 4: file ends inside the record (truncated .dbf?)");
  }

  @Test
  void a_non_numeric_value_in_a_number_field_names_record_and_field() {
    TestShapefiles.patchDbf(dir.resolve("parcels.dbf"), 2, 3, "  abc".getBytes(StandardCharsets.US_ASCII));
    assertProblem(shp, "parcels.dbf, record 2, field 宗数: 'abc' is not a number");
  }

  @Test
  void a_utf8_cpg_on_gbk_values_names_record_and_field() throws Exception {
    Path ascii = dir.resolve("ascii.shp");
    try (var writer = new parcelatlas.io.shapefile.ShapefileWriter(ascii,
        parcelatlas.io.shapefile.ShapeType.POINT, List.of(new DbfField("STATUS", 'C', 12, 0)), GBK, null)) {
      writer.write(null, List.of("净地可供"));
    }
    Files.writeString(dir.resolve("ascii.cpg"), "UTF-8");
    assertProblem(ascii, "ascii.dbf, record 1, field STATUS: text is not valid UTF-8; "
        + "the file may use another encoding — name it with --encoding");
  }

  @Test
  void a_utf8_cpg_on_gbk_field_names_is_refused_on_open() throws Exception {
    Files.writeString(dir.resolve("parcels.cpg"), "UTF-8");
    assertProblem(shp, "parcels.dbf, field #1: the field name is not valid UTF-8; "
        + "the file may use another encoding — name it with --encoding");
  }

  @Test
  void a_shape_claiming_more_points_than_its_record_holds_is_refused() {
    long record1 = 100;
    TestShapefiles.writeBytes(shp, record1 + 8 + 40, new byte[] {(byte) 0xFF, (byte) 0xFF, 0, 0});
    assertProblem(shp, "parcels.shp, record 1: the shape claims 65535 points");
  }

  @Test
  void a_coordinate_that_is_not_a_number_is_refused() {
    byte[] nan = new byte[8];
    java.nio.ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putDouble(Double.NaN);
    long firstPoint = 100 + 8 + 44 + 4L * 2;
    TestShapefiles.writeBytes(shp, firstPoint, nan);
    assertProblem(shp, "parcels.shp, record 1: the shape cannot be built: coordinate (NaN, 30.0)");
  }

  @Test
  void an_unsupported_shape_type_is_named() {
    TestShapefiles.writeBytes(shp, 32, new byte[] {31, 0, 0, 0});
    assertProblem(shp, "parcels.shp: shape type 31 is not supported");
  }

  @Test
  void random_bytes_named_shp_or_zip_are_not_taken_for_either() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 0x10;
    Files.write(dir.resolve("noise.shp"), noise);
    Files.write(dir.resolve("noise.zip"), noise);
    assertProblem(dir.resolve("noise.shp"), "noise.shp: not a shapefile (file code ");
    assertProblem(dir.resolve("noise.zip"), "noise.zip: not a valid zip archive");
    Files.write(dir.resolve("tiny.shp"), new byte[10]);
    assertProblem(dir.resolve("tiny.shp"), "tiny.shp: not a shapefile (only 10 bytes");
  }

  @Test
  void a_zip_without_a_shapefile_or_with_two_is_refused() {
    Path empty = TestZips.zip(dir.resolve("empty.zip"), StandardCharsets.UTF_8,
        Map.of("readme.txt", "地块".getBytes(StandardCharsets.UTF_8)));
    assertProblem(empty, "empty.zip: holds no shapefile or GeoJSON");
    Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.shapefileEntries(dir, "parcels", "a/"));
    entries.putAll(TestZips.shapefileEntries(dir, "parcels", "b/"));
    Path two = TestZips.zip(dir.resolve("two.zip"), StandardCharsets.UTF_8, entries);
    assertProblem(two,
        "two.zip: holds two shapefiles: a/parcels.shp, b/parcels.shp; import them one at a time");
  }

  @Test
  void a_zip_entry_escaping_the_folder_is_refused() {
    Map<String, byte[]> entries = TestZips.shapefileEntries(dir, "parcels", "");
    entries.put("../evil.shp", new byte[] {1, 2, 3});
    Path evil = TestZips.zip(dir.resolve("evil.zip"), StandardCharsets.UTF_8, entries);
    assertProblem(evil,
        "evil.zip: entry ../evil.shp points outside the archive's folder; refusing the archive");
    assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "evil.shp")));
    Path absolute = TestZips.zip(dir.resolve("absolute.zip"), StandardCharsets.UTF_8,
        Map.of("/etc/evil.shp", new byte[] {1}));
    assertProblem(absolute, "absolute.zip: entry /etc/evil.shp has an absolute path");
  }

  @Test
  void a_zip_bomb_is_refused() {
    Path bomb = TestZips.zip(dir.resolve("bomb.zip"), StandardCharsets.UTF_8,
        Map.of("parcels.dbf", new byte[20 << 20]));
    assertTrue(bomb.toFile().length() < 200_000);
    assertProblem(bomb, "bomb.zip: entry parcels.dbf expands more than 100 times (a zip bomb?)");
  }

  @Test
  void malformed_geojson_names_line_and_column() throws Exception {
    Path json = dir.resolve("broken.geojson");
    Files.writeString(json,
        "{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Feature\" \"x\"}]}");
    assertProblem(json, "broken.geojson: not valid JSON at line 3, column ");
    Files.write(json, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xB5, (byte) 0xD8, '"', '}'});
    assertProblem(json, "broken.geojson: text is not valid UTF-8 (GeoJSON must be UTF-8) at line 1");
    Files.writeString(json, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"a\"]},\"properties\":{}}]}");
    assertProblem(json, "broken.geojson, record 1, field geometry: a position must be an array");
    Files.writeString(json, "{\"type\":\"FeatureCollection\",\"features\":null}");
    assertProblem(json, "broken.geojson: \"features\" is not an array");
  }

  @Test
  void unknown_files_and_shapefile_parts_are_named() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertProblem(dir.resolve("notes.txt"), "notes.txt: is not a file type this portal reads (.txt)");
    assertProblem(dir.resolve("parcels.dbf"), "parcels.dbf: is one part of a shapefile");
    assertProblem(dir.resolve("missing.shp"), "missing.shp: does not exist");
  }

  private static void assertProblem(Path input, String messageStart) {
    BadInputException e = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(input, null));
    assertTrue(e.getMessage().startsWith(messageStart),
        () -> "expected a message starting with\n  " + messageStart + "\nbut got\n  " + e.getMessage());
    assertEquals(BadInputException.class, e.getClass());
  }
}
