package parcelatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.bench.BenchmarkParcels;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A large import into an empty layer (on PostGIS: a COPY with most indexes dropped and built again
 * after it) leaves the layer with every index it had, as defined; the partial B-trees that few of
 * the first rows enter are kept and maintained row by row rather than rebuilt; and a refused
 * import leaves rows and indexes as they were.
 */
@Tag("database")
class ImportIndexesTest {
  /** Enough parcels that the first 1 MB of COPY data fills up, which is when indexes are dropped. */
  private static final int MANY = 12_000;

  @TempDir Path dir;

  @Test
  void a_large_import_into_the_empty_layer_leaves_every_index_as_defined() {
    Path file = dir.resolve("many.shp");
    BenchmarkParcels.write(file, MANY);
    try (Storage storage = TestDatabases.fresh()) {
      Map<String, Index> before = indexes(storage);
      assertEquals(MANY, LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)).inserted());
      Map<String, Index> after = indexes(storage);
      assertEquals(definitions(before), definitions(after));
      if (postgis()) {
        // no benchmark parcel has a site condition; a quarter are public (available or listed)
        List<String> kept = before.values().stream().filter(i -> i.oid().equals(after.get(i.name()).oid()))
            .map(Index::name).filter(name -> !name.equals("parcels_pkey") && !name.equals("parcels_code_key")).toList();
        assertEquals(List.of("parcels_public_drainage_idx", "parcels_public_gas_idx", "parcels_public_gas_price_idx",
            "parcels_public_heating_idx", "parcels_public_heating_price_idx", "parcels_public_levelled_idx", "parcels_public_power_idx", "parcels_public_road_idx",
            "parcels_public_telecom_idx", "parcels_public_water_idx"), kept,
            "kept, not built again: the partial B-trees that few rows enter");
        assertEquals(List.of(), Sql.rows(storage, "SELECT c.relname FROM pg_index i JOIN pg_class c"
            + " ON c.oid = i.indexrelid WHERE i.indrelid = 'parcels'::regclass AND NOT (i.indisvalid AND i.indisready)"));
        // the kept partial index answers as the table does
        long publicRows = (Long) Sql.rows(storage, "SELECT COUNT(*) AS n FROM parcels"
            + " WHERE status IN ('available', 'listed')").get(0).get("n");
        assertTrue(publicRows > 0);
        long throughIndexes = storage.read(c -> {
          try (var s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM parcels WHERE status IN ('available', 'listed')")) {
              rs.next();
              long n = rs.getLong(1);
              s.execute("RESET enable_seqscan");
              return n;
            }
          }
        });
        assertEquals(publicRows, throughIndexes);
      }
    }
  }

  @Test
  void a_refused_large_import_leaves_the_empty_layer_and_its_indexes_as_they_were() {
    Path file = dir.resolve("repeats.shp");
    writeRepeatingTheFirstCodeAtTheEnd(file);
    try (Storage storage = TestDatabases.fresh()) {
      Map<String, Index> before = indexes(storage);
      ImportFailedException refused = assertThrows(ImportFailedException.class,
          () -> LayerImporter.run(storage, ImportOptions.of(Layer.PARCELS, file)));
      assertEquals("record " + MANY + ": code R-000001 repeats record 1",
          "record " + refused.problems().get(0).record() + ": " + refused.problems().get(0).problem());
      assertEquals(0, Sql.count(storage, "parcels"));
      assertEquals(0, Sql.count(storage, "imports"));
      assertEquals(before, indexes(storage), "every index back, the same object");
      assertFalse(before.isEmpty());
    }
  }

  private static boolean postgis() {
    return TestDatabases.kind().equals("postgis");
  }

  /** One index of the parcels table: its definition, its object id (PostGIS) and whether it is a partial B-tree. */
  private record Index(String name, String definition, Long oid, boolean partialBtree) {}

  private static Map<String, Index> indexes(Storage storage) {
    String sql = postgis()
        ? "SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indexrelid::bigint AS oid,"
            + " (i.indpred IS NOT NULL AND a.amname = 'btree') AS partial FROM pg_index i"
            + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
            + " WHERE i.indrelid = 'parcels'::regclass"
        : "SELECT INDEX_NAME AS name, INDEX_TYPE_NAME AS def, CAST(NULL AS BIGINT) AS oid, FALSE AS partial"
            + " FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'PARCELS'";
    Map<String, Index> found = new TreeMap<>();
    for (Map<String, Object> row : Sql.rows(storage, sql)) {
      String name = (String) row.get("name");
      Object oid = row.get("oid");
      found.put(name, new Index(name, (String) row.get("def"), oid == null ? null : ((Number) oid).longValue(),
          (Boolean) row.get("partial")));
    }
    return found;
  }

  private static Map<String, String> definitions(Map<String, Index> indexes) {
    Map<String, String> out = new TreeMap<>();
    indexes.forEach((name, index) -> out.put(name, sameMeaning(index.definition())));
    return out;
  }

  /**
   * An index definition without casts to text and parentheses: PostgreSQL prints a predicate it
   * parsed from its own printout with the casts moved ({@code ANY ((ARRAY['a'::character
   * varying])::text[])} comes back as {@code ANY (ARRAY[('a'::character varying)::text])}), the
   * same predicate, which the planner matches as before.
   */
  private static String sameMeaning(String definition) {
    return definition.replaceAll("::(character varying|text)(\\[\\])?", "").replaceAll("[()]", "");
  }

  /** {@link #MANY} valid parcels, the last repeating the first one's code. */
  private static void writeRepeatingTheFirstCodeAtTheEnd(Path shp) {
    GeometryFactory factory = new GeometryFactory();
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 16, 0), new DbfField("用地性质", 'C', 4, 0),
        new DbfField("供地状态", 'C', 12, 0));
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, Charset.forName("GBK"),
        Crs.epsg(4527).toPrj())) {
      for (int i = 1; i <= MANY; i++) {
        double x = 39_480_000 + (i % 100) * 120.0;
        double y = 3_820_000 + (i / 100) * 120.0;
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x, y + 90), new Coordinate(x + 90, y + 90),
            new Coordinate(x + 90, y), new Coordinate(x, y)};
        writer.write(factory.createPolygon(ring),
            Arrays.asList(String.format("R-%06d", i == MANY ? 1 : i), "M1", i % 2 == 0 ? "净地可供" : "已出让"));
      }
    }
  }
}
