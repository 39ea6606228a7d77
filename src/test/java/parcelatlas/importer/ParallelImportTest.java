package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.bench.BenchmarkParcels;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;
import parcelatlas.io.BadInputException;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Records converted on several threads give what one thread gives: the same rows, the same
 * problems in file order; and a failure on the writing side while converters run commits nothing.
 */
@Tag("database")
class ParallelImportTest {
  private static final int FEATURES = 6_000;

  @TempDir Path dir;

  @Test
  void several_converters_store_the_same_rows_as_one() {
    Path file = dir.resolve("many.shp");
    BenchmarkParcels.write(file, FEATURES);
    assertEquals(stored(file, 1), stored(file, 4));
  }

  @Test
  void problems_in_many_records_are_reported_in_file_order_whatever_the_converters() {
    Path file = dir.resolve("bad.shp");
    writeWithProblems(file);
    List<String> one = problems(file, 1);
    List<String> four = problems(file, 4);
    assertEquals(one, four);
    assertEquals(List.of(
        "bad.shp, record 5, field 用地性质",
        "bad.shp, record 700, field 地块编号",
        "bad.shp, record 1400, field -",
        "bad.shp, record 2999, field 用地性质",
        "bad.shp, record 2100, field 地块编号"), one.stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
  }

  @Test
  void a_record_that_does_not_decode_ends_the_problems_there_whatever_the_converters() {
    Path file = dir.resolve("bad.shp");
    writeWithProblems(file);
    parcelatlas.io.TestShapefiles.patchDbf(dir.resolve("bad.dbf"), 1000, 2, new byte[] {(byte) 0x81, 0x20});
    List<String> one = problems(file, 1);
    assertEquals(one, problems(file, 4));
    assertEquals(List.of("bad.shp, record 5, field 用地性质", "bad.shp, record 700, field 地块编号",
        "bad.dbf, record 1000, field 供地状态"), one.stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
  }

  @Test
  void a_writer_failing_while_converters_run_commits_nothing_and_stops_them() {
    Path file = dir.resolve("many.shp");
    BenchmarkParcels.write(file, FEATURES);
    IllegalStateException failure = new IllegalStateException("the writing side broke");
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
      long[] taken = new long[1];
      assertSame(failure, assertThrows(IllegalStateException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file), new ImportObserver() {
            @Override
            public void converted(FeatureRow row) {
              if (++taken[0] == 4_000) {
                throw failure;
              }
            }
          }, 4)));
      assertEquals(0, Sql.count(storage, "parcels"), "nothing of the failed import");
      assertEquals(1, Sql.count(storage, "imports"), "only the parks import is logged");
      List<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
          .map(Thread::getName).filter(n -> n.startsWith("import-reader")).toList();
      assertEquals(List.of(), alive, "reader and converters stopped");
    }
  }

  /** The rows a fresh database holds after importing {@code file} on {@code converters} threads. */
  private static List<Map<String, Object>> stored(Path file, int converters) {
    try (Storage storage = TestDatabases.fresh()) {
      LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.shp")));
      ImportReport report = LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file), ImportObserver.NONE,
          converters);
      assertEquals(FEATURES, report.inserted());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map<String, Object> row : Sql.rows(storage, "SELECT *, ST_AsText(geom) AS wkt FROM parcels ORDER BY code")) {
        Map<String, Object> kept = new LinkedHashMap<>();
        row.forEach((column, value) -> {
          if (!column.equals("id") && !column.equals("geom") && !column.endsWith("_at")) {
            kept.put(column, value == null ? null : value.toString());
          }
        });
        rows.add(kept);
      }
      assertEquals(FEATURES, rows.size());
      return rows;
    }
  }

  /** Where and why the import of {@code file} on {@code converters} threads was refused. */
  private static List<String> problems(Path file, int converters) {
    try (Storage storage = TestDatabases.fresh()) {
      ImportFailedException refused = assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file), ImportObserver.NONE, converters));
      assertEquals(0, Sql.count(storage, "parcels"));
      List<String> out = new ArrayList<>();
      for (BadInputException p : refused.problems()) {
        out.add(p.file() + ", record " + p.record() + ", field " + (p.field() == null ? "-" : p.field())
            + ": " + p.problem());
      }
      assertTrue(out.size() >= 3, "problems: " + out);
      return out;
    }
  }

  /**
   * 3,000 parcels with problems in five records: an unknown land use (5, 2999), an empty code
   * (700), a point far outside the CRS's zone (1400), a code repeating record 10's (2100).
   */
  private static void writeWithProblems(Path shp) {
    GeometryFactory factory = new GeometryFactory();
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 16, 0), new DbfField("用地性质", 'C', 4, 0),
        new DbfField("供地状态", 'C', 12, 0));
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, Charset.forName("GBK"),
        Crs.epsg(4527).toPrj())) {
      for (int i = 1; i <= 3_000; i++) {
        double x = i == 1400 ? 10_000 : 39_480_000 + (i % 80) * 120.0;
        double y = 3_820_000 + (i / 80) * 120.0;
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x, y + 90), new Coordinate(x + 90, y + 90),
            new Coordinate(x + 90, y), new Coordinate(x, y)};
        String code = i == 700 ? "" : String.format("R-%06d", i == 2100 ? 10 : i);
        String use = i == 5 || i == 2999 ? "Q9" : "M1";
        writer.write(factory.createPolygon(ring), Arrays.asList(code, use, "净地可供"));
      }
    }
  }
}
