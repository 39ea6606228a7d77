package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .dbf streamed with its record count given up front is the very file ShapefileWriter writes. */
class DbfStreamTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
  private static final List<DbfField> FIELDS = List.of(new DbfField("名称", 'C', 12, 0),
      new DbfField("面积", 'N', 20, 6), new DbfField("日期", 'D', 8, 0), new DbfField("ok", 'L', 1, 0));
  private static final List<List<Object>> ROWS = List.of(
      Arrays.asList("青岚工业园", 1234.5678901, LocalDate.of(2025, 3, 1), true),
      Arrays.asList(null, null, null, null),
      Arrays.asList("A-01", -0.0000005, LocalDate.of(1999, 12, 31), false));
  @TempDir Path dir;

  @Test
  void writes_the_same_bytes_as_the_shapefile_writer_in_gbk_and_utf8() throws Exception {
    for (Charset charset : List.of(Charset.forName("GBK"), StandardCharsets.UTF_8)) {
      Path shp = dir.resolve(charset.name() + ".shp");
      try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POINT, FIELDS, charset, null, DAY)) {
        for (List<Object> row : ROWS) {
          writer.write(null, row);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DbfStream dbf = new DbfStream(out, FIELDS, charset, ROWS.size(), DAY);
      dbf.write(ROWS.get(0));
      dbf.write(dbf.format(ROWS.get(1)));
      dbf.write(ROWS.get(2));
      dbf.finish();
      assertArrayEquals(Files.readAllBytes(dir.resolve(charset.name() + ".dbf")), out.toByteArray(), charset.name());
    }
  }

  @Test
  void text_longer_than_its_field_is_cut_on_a_character_boundary_and_unencodable_characters_become_question_marks()
      throws Exception {
    Charset gbk = Charset.forName("GBK");
    DbfStream dbf = new DbfStream(new ByteArrayOutputStream(), List.of(new DbfField("name", 'C', 5, 0),
        new DbfField("n", 'N', 4, 1)), gbk, 0, DAY);
    assertArrayEquals(" 青岚  1.5".getBytes(gbk), dbf.format(Arrays.asList("青岚工业园", 1.46)));
    assertArrayEquals(" A?B   1.0".getBytes(gbk), dbf.format(Arrays.asList("A\uD83D\uDE00B", 0.95)));
  }

  @Test
  void a_record_count_other_than_the_one_announced_is_refused() throws Exception {
    DbfStream fewer = new DbfStream(new ByteArrayOutputStream(), FIELDS, StandardCharsets.UTF_8, 2, DAY);
    fewer.write(ROWS.get(0));
    IllegalStateException e = assertThrows(IllegalStateException.class, fewer::finish);
    assertTrue(e.getMessage().contains("1 records written, 2 announced"), e.getMessage());
    DbfStream more = new DbfStream(new ByteArrayOutputStream(), FIELDS, StandardCharsets.UTF_8, 1, DAY);
    more.write(ROWS.get(0));
    assertThrows(IllegalStateException.class, () -> more.write(ROWS.get(1)));
  }
}
