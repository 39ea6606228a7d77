package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.io.TestShapefiles.GBK;
import static parcelatlas.io.TestShapefiles.GBK_FIELDS;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.bench.BenchmarkParcels;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.PendingRecord;
import parcelatlas.io.SourceRecord;
import parcelatlas.io.TestShapefiles;
import parcelatlas.testing.DemoData;

/**
 * Records cut from a shapefile on the reading thread and decoded later, on other threads, are the
 * records read and decoded in one go; a record that does not decode is still cut, and decoding it
 * names the same file, record, field and problem as reading it would.
 */
class ShapefileCutsTest {
  private static final int STATUS = 1;
  private static final int AREA = 2;
  @TempDir Path dir;

  @Test
  void records_cut_then_decoded_on_several_threads_equal_the_records_read_in_one_go() {
    Path bench = dir.resolve("bench.shp");
    BenchmarkParcels.write(bench, 3_000);
    List<Path> files = new ArrayList<>(List.of(bench));
    for (String demo : List.of("parks", "parcels", "projects", "demolition_zones", "context_points")) {
      files.add(DemoData.file(demo + ".shp"));
    }
    for (Path file : files) {
      List<SourceRecord> read = TestShapefiles.readAll(file, null);
      List<SourceRecord> decoded;
      try (FeatureSource source = FeatureSources.open(file, null)) {
        List<PendingRecord> cut = new ArrayList<>();
        source.pendingRecords().forEachRemaining(cut::add);
        decoded = cut.parallelStream().map(PendingRecord::decode).toList();
      }
      assertEquals(read.size(), decoded.size(), file.toString());
      assertTrue(read.size() > 0, file.toString());
      for (int i = 0; i < read.size(); i++) {
        SourceRecord a = read.get(i);
        SourceRecord b = decoded.get(i);
        assertEquals(a.number(), b.number());
        assertEquals(a.attributes(), b.attributes(), file + " record " + a.number());
        assertEquals(List.copyOf(a.attributes().keySet()), List.copyOf(b.attributes().keySet()));
        assertTrue(a.geometry() == null ? b.geometry() == null : a.geometry().equalsExact(b.geometry()),
            file + " record " + a.number());
      }
    }
  }

  @Test
  void a_gbk_file_with_bad_records_is_cut_whole_and_each_bad_record_fails_when_decoded() {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    Path dbf = dir.resolve("parcels.dbf");
    TestShapefiles.patchDbf(dbf, 2, STATUS, new byte[] {(byte) 0x81, 0x20}); // not GBK
    TestShapefiles.patchDbf(dbf, 3, AREA, "12a".getBytes(StandardCharsets.US_ASCII));
    BadInputException read = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(shp, GBK));
    assertEquals(2L, read.record());
    try (FeatureSource source = FeatureSources.open(shp, GBK)) {
      List<PendingRecord> cut = new ArrayList<>();
      source.pendingRecords().forEachRemaining(cut::add); // the reading thread decodes nothing
      assertEquals(List.of(1L, 2L, 3L, 4L), cut.stream().map(PendingRecord::number).toList());
      assertEquals("QL-A-001", cut.get(0).decode().attributes().get("地块编号"));
      assertEquals("QL-C-004", cut.get(3).decode().attributes().get("地块编号"));
      assertSameProblem(read, assertThrows(BadInputException.class, cut.get(1)::decode));
      BadInputException number = assertThrows(BadInputException.class, cut.get(2)::decode);
      assertEquals(3L, number.record());
      assertEquals("面积", number.field());
      assertTrue(number.problem().contains("'12a' is not a number"), number.problem());
    }
  }

  @Test
  void a_truncated_shp_ends_the_walk_at_the_record_reading_would_name() {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", GBK, GBK_FIELDS);
    long third = 2L * TestShapefiles.readBytes(dir.resolve("parcels.shx"), 100 + 16, 4)
        .order(ByteOrder.BIG_ENDIAN).getInt(0);
    TestShapefiles.truncate(shp, third + 8 + 2);
    BadInputException read = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(shp, null));
    assertEquals(3L, read.record());
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      Iterator<PendingRecord> walk = source.pendingRecords();
      List<PendingRecord> cut = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        cut.add(walk.next());
      }
      assertEquals(2, cut.get(1).decode().number());
      assertSameProblem(read, assertThrows(BadInputException.class, cut.get(2)::decode));
      assertSameProblem(read, assertThrows(BadInputException.class, walk::hasNext));
      assertFalse(walk.hasNext(), "the walk has ended");
    }
    // a bad value in the truncated record is named first, as reading names it
    TestShapefiles.patchDbf(dir.resolve("parcels.dbf"), 3, AREA, "12a".getBytes(StandardCharsets.US_ASCII));
    BadInputException both = assertThrows(BadInputException.class, () -> TestShapefiles.readAll(shp, null));
    assertEquals("面积", both.field());
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      Iterator<PendingRecord> walk = source.pendingRecords();
      walk.next();
      walk.next();
      PendingRecord third3 = walk.next();
      assertSameProblem(both, assertThrows(BadInputException.class, third3::decode));
    }
  }

  private static void assertSameProblem(BadInputException expected, BadInputException actual) {
    Supplier<String> both = () -> expected.getMessage() + " / " + actual.getMessage();
    assertEquals(expected.file(), actual.file(), both);
    assertEquals(expected.record(), actual.record(), both);
    assertEquals(expected.field(), actual.field(), both);
    assertEquals(expected.problem(), actual.problem(), both);
  }
}
