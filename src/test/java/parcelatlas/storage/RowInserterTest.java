package parcelatlas.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * The dialect's bulk path writes every value type as the column takes it, nulls included: on
 * PostGIS the binary COPY (4- and 8-byte integers, doubles, dates before and after 2000, booleans,
 * UTF-8 text with tabs and newlines, EWKB), and the text COPY for a table with a column type the
 * binary path does not know (here NUMERIC).
 */
@Tag("database")
class RowInserterTest {
  private static final String TEXT = "地块\t\"一\"\n\\二 é";

  @Test
  void every_type_arrives_whole_through_the_binary_and_the_text_path() throws Exception {
    Geometry point = new WKTReader().read("POINT (117.25 34.5)");
    point.setSRID(4326);
    try (Storage storage = TestDatabases.fresh()) {
      for (String extra : List.of("", ", x NUMERIC(10, 2)")) {
        storage.inTransaction(c -> {
          try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bulk_types");
            s.execute("CREATE TABLE bulk_types (code VARCHAR(40), small INTEGER, big BIGINT,"
                + " ratio DOUBLE PRECISION, on_day DATE, flag BOOLEAN, geom GEOMETRY(POINT, 4326)" + extra + ")");
          }
          List<Column> columns = new ArrayList<>(List.of(new Column("code", ColumnType.TEXT),
              new Column("small", ColumnType.INTEGER), new Column("big", ColumnType.INTEGER),
              new Column("ratio", ColumnType.NUMBER), new Column("on_day", ColumnType.DATE),
              new Column("flag", ColumnType.BOOLEAN), new Column("geom", ColumnType.GEOMETRY)));
          List<Object> full = new ArrayList<>(Arrays.asList(TEXT, -7, 5_000_000_000L, 0.1 + 0.2,
              LocalDate.of(1999, 12, 31), true, point));
          List<Object> nulls = new ArrayList<>(Arrays.asList("nulls", null, null, null, null, null, null));
          if (!extra.isEmpty()) {
            columns.add(new Column("x", ColumnType.NUMBER));
            full.add(12.25);
            nulls.add(null);
          }
          try (RowInserter inserter = storage.dialect().rowInserter(c, "bulk_types", columns)) {
            inserter.add(full);
            inserter.add(nulls);
            List<Object> late = Arrays.<Object>asList("late", 1, 2L, -1.5, LocalDate.of(2026, 12, 5), false,
                point, 0.5);
            inserter.add(late.subList(0, columns.size()));
            inserter.flush();
          }
          return null;
        });
        List<Map<String, Object>> rows = Sql.rows(storage, "SELECT code, small, big, ratio, on_day, flag,"
            + " ST_AsText(geom) AS wkt" + (extra.isEmpty() ? "" : ", x") + " FROM bulk_types ORDER BY big NULLS LAST");
        assertEquals(3, rows.size());
        Map<String, Object> late = rows.get(0);
        Map<String, Object> first = rows.get(1);
        assertEquals(TEXT, first.get("code"));
        assertEquals(-7L, ((Number) first.get("small")).longValue());
        assertEquals(5_000_000_000L, ((Number) first.get("big")).longValue());
        assertEquals(0.1 + 0.2, ((Number) first.get("ratio")).doubleValue());
        assertEquals(LocalDate.of(1999, 12, 31), ((java.sql.Date) first.get("on_day")).toLocalDate());
        assertEquals(true, first.get("flag"));
        assertEquals(point, new WKTReader().read((String) first.get("wkt")));
        assertEquals(LocalDate.of(2026, 12, 5), ((java.sql.Date) late.get("on_day")).toLocalDate());
        assertEquals(false, late.get("flag"));
        if (!extra.isEmpty()) {
          assertEquals(0, new BigDecimal("12.25").compareTo((BigDecimal) first.get("x")));
        }
        Map<String, Object> empty = rows.get(2);
        assertEquals("nulls", empty.get("code"));
        for (String column : List.of("small", "big", "ratio", "on_day", "flag", "wkt")) {
          assertNull(empty.get(column), column);
        }
      }
    }
  }

  /** More rows than one statement takes (H2GIS: 64): every row once, full statements and the rest. */
  @Test
  void rows_beyond_one_statement_arrive_each_once_with_their_own_values() {
    int rows = 2 * 64 + 5;
    try (Storage storage = TestDatabases.fresh()) {
      storage.inTransaction(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE bulk_many (code VARCHAR(40), n BIGINT, ratio DOUBLE PRECISION)");
        }
        List<Column> columns = List.of(new Column("code", ColumnType.TEXT), new Column("n", ColumnType.INTEGER),
            new Column("ratio", ColumnType.NUMBER));
        try (RowInserter inserter = storage.dialect().rowInserter(c, "bulk_many", columns)) {
          for (int i = 0; i < rows; i++) {
            inserter.add(Arrays.<Object>asList("r" + i, (long) i, i % 7 == 0 ? null : i / 2.0));
          }
          inserter.flush();
          inserter.flush(); // nothing left: writes nothing more
        }
        return null;
      });
      List<Map<String, Object>> found = Sql.rows(storage, "SELECT code, n, ratio FROM bulk_many ORDER BY n");
      assertEquals(rows, found.size());
      for (int i = 0; i < rows; i++) {
        assertEquals("r" + i, found.get(i).get("code"));
        assertEquals((long) i, ((Number) found.get(i).get("n")).longValue());
        assertEquals(i % 7 == 0 ? null : i / 2.0, found.get(i).get("ratio") == null ? null
            : ((Number) found.get(i).get("ratio")).doubleValue());
      }
    }
  }
}
