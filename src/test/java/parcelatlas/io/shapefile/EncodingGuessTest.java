package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.io.BadInputException;
import parcelatlas.io.SourceRecord;

/**
 * A .dbf with no .cpg and no language-driver byte: its encoding comes from its text. Real GBK
 * (common hanzi, a rare name character among them) is read as GB18030; Latin-1 text, which
 * GB18030 would turn into rare characters ('São Paulo' → 'S鉶 Paulo'), opens with a doubt
 * asking for {@code --encoding} (the import refuses it), and reads right when it is given.
 */
class EncodingGuessTest {
  private static final List<DbfField> FIELDS = List.of(new DbfField("NAME", 'C', 60, 0));
  @TempDir Path dir;

  /** A one-field point layer written in {@code charset}, then stripped of what states it. */
  private Path unlabelled(String name, Charset charset, List<String> values) throws Exception {
    Path shp = dir.resolve(name + ".shp");
    GeometryFactory factory = new GeometryFactory();
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POINT, FIELDS, charset, null)) {
      for (String value : values) {
        writer.write(factory.createPoint(new Coordinate(117, 34)), List.of(value));
      }
    }
    Files.deleteIfExists(dir.resolve(name + ".cpg"));
    try (RandomAccessFile dbf = new RandomAccessFile(dir.resolve(name + ".dbf").toFile(), "rw")) {
      dbf.seek(29);
      dbf.write(0);
    }
    return shp;
  }

  private static String firstName(ShapefileReader reader) {
    SourceRecord record = reader.records().next();
    return (String) record.attributes().get("NAME");
  }

  @Test
  void latin1_text_opens_with_a_doubt_asking_for_an_encoding_and_reads_right_with_one() throws Exception {
    Path shp = unlabelled("cities", StandardCharsets.ISO_8859_1, List.of("São Paulo", "Zürich", "Besançon"));
    try (ShapefileReader reader = ShapefileReader.open(shp, null, "cities.shp")) {
      BadInputException doubt = reader.encodingDoubt().orElseThrow();
      assertTrue(doubt.getMessage().contains("--encoding") && doubt.getMessage().contains("record 1, field NAME"),
          doubt.getMessage());
      assertTrue(doubt.getMessage().contains("S鉶 Paulo") && doubt.getMessage().contains("São Paulo"), doubt.getMessage());
    }
    try (ShapefileReader reader = ShapefileReader.open(shp, StandardCharsets.ISO_8859_1, "cities.shp")) {
      assertTrue(reader.encodingDoubt().isEmpty());
      assertEquals("São Paulo", firstName(reader));
    }
  }

  @Test
  void gbk_text_without_a_cpg_is_still_read_as_gb18030() throws Exception {
    Path shp = unlabelled("parks", Charset.forName("GBK"),
        List.of("青岚经济开发区", "东湖街道（城关）", "王堃投资有限公司", "高新技术产业园"));
    try (ShapefileReader reader = ShapefileReader.open(shp, null, "parks.shp")) {
      assertEquals("guessed", reader.encodingSource());
      assertTrue(reader.encodingDoubt().isEmpty());
      assertEquals("青岚经济开发区", firstName(reader));
    }
  }
}
