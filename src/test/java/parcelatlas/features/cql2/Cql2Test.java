package parcelatlas.features.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/** Filter text in, SQL text and bound values out; refusals name the position or the property. */
class Cql2Test {
  private static final ServedCollection PARCELS = ServedCollection.PARCELS;

  private static RowFilter parcels(String text) {
    return Cql2.filter(text, PARCELS);
  }

  private static String refusal(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parcels(text)).getMessage();
  }

  @Test
  void comparisons_use_the_property_expression_and_bind_the_value() {
    RowFilter f = parcels("status = 'available'");
    assertEquals("t.status = ?", f.sql());
    assertEquals(List.of("available"), f.params());
    assertEquals("p.name <> ?", parcels("park_name <> '青岚经开区'").sql());
    for (String op : List.of("<", ">", "<=", ">=")) {
      assertEquals("t.area_m2 " + op + " ?", parcels("area_m2" + op + "1.5e3").sql());
    }
    assertEquals(List.of(1500.0), parcels("area_m2 >= 1.5e3").params());
  }

  @Test
  void and_binds_tighter_than_or_and_not_tighter_than_and() {
    RowFilter f = parcels("land_use = 'M1' OR land_use = 'M2' AND NOT has_gas = TRUE");
    assertEquals("(t.land_use = ?) OR ((t.land_use = ?) AND (NOT (t.has_gas = ?)))", f.sql());
    assertEquals(List.of("M1", "M2", true), f.params());
    RowFilter grouped = parcels("(land_use = 'M1' or land_use = 'M2') and not (has_gas = true)");
    assertEquals("((t.land_use = ?) OR (t.land_use = ?)) AND (NOT (t.has_gas = ?))", grouped.sql());
  }

  @Test
  void like_patterns_bind_each_run_of_wildcards_once_and_hold_at_most_three() {
    assertEquals(List.of("%a%b%"), parcels("code LIKE '%%a%%%b%%'").params());
    assertEquals(List.of("\\%\\%a%"), parcels("code LIKE '\\%\\%a%%'").params(), "escaped % stay as written");
    assertEquals(List.of("\\\\%a"), parcels("code LIKE '\\\\%%a'").params(), "an escaped backslash, then a wildcard");
    assertEquals(List.of("%_%_%"), parcels("code LIKE '%_%_%'").params());
    String message = refusal("code LIKE '%a%b%c%'");
    assertTrue(message.contains("at most 3 % wildcards"), message);
  }

  @Test
  void like_in_between_and_null_tests_compile_with_their_negations() {
    assertEquals("t.code LIKE ? ESCAPE '\\'", parcels("code LIKE 'QL-0_-%'").sql());
    assertEquals("t.code NOT LIKE ? ESCAPE '\\'", parcels("code NOT LIKE '100\\%'").sql());
    assertEquals(List.of("100\\%"), parcels("code NOT LIKE '100\\%'").params());
    RowFilter in = parcels("status NOT IN ('idle', 'reserved')");
    assertEquals("t.status NOT IN (?, ?)", in.sql());
    assertEquals(List.of("idle", "reserved"), in.params());
    RowFilter between = parcels("available_date BETWEEN DATE('2026-01-01') AND DATE('2026-12-31')");
    assertEquals("t.available_date BETWEEN ? AND ?", between.sql());
    assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), between.params());
    assertEquals("t.price_wan_per_mu NOT BETWEEN ? AND ?", parcels("price_wan_per_mu not between 10 and 20").sql());
    assertEquals("t.industry IS NULL", parcels("industry IS NULL").sql());
    assertEquals("t.industry IS NOT NULL", parcels("\"industry\" is not null").sql());
  }

  @Test
  void whole_numbers_bind_as_longs_for_integer_properties_and_doubles_otherwise() {
    RowFilter f = Cql2.filter("signed_households >= 10 AND cleared_area_m2 < 10", ServedCollection.DEMOLITION_ZONES);
    assertEquals(List.of(10L, 10.0), f.params());
  }

  @Test
  void s_intersects_puts_the_index_test_first_and_binds_the_geometry_as_wkt() {
    RowFilter point = parcels("S_INTERSECTS(geometry, POINT(117.15 34.65))");
    assertEquals("(t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(t.geom, ST_GeomFromText(?, 4326)))",
        point.sql());
    assertEquals(List.of(117.15, 34.65, 117.15, 34.65, "POINT (117.15 34.65)"), point.params());
    RowFilter box = parcels("s_intersects(BBOX(117.1, 34.6, 117.2, 34.7), geometry)");
    assertEquals("(" + RowFilter.bbox(parcelatlas.features.BBox.parse("117.1,34.6,117.2,34.7")).sql() + ")", box.sql());
    assertEquals(List.of(117.1, 34.6, 117.2, 34.7, 117.1, 34.6, 117.2, 34.7), box.params());
    RowFilter polygon = parcels("S_INTERSECTS(geometry, MULTIPOLYGON(((117 34, 118 34, 118 35, 117 34)),"
        + " ((110 30, 111 30, 111 31, 110 30))))");
    assertEquals(List.of(110.0, 30.0, 118.0, 35.0), polygon.params().subList(0, 4));
    assertTrue(polygon.params().get(4).toString().startsWith("MULTIPOLYGON"), polygon.params().toString());
    for (String wkt : List.of("LINESTRING(117 34, 118 35)", "MULTIPOINT((117 34), (118 35))", "MULTIPOINT(117 34, 118 35)",
        "MULTILINESTRING((117 34, 118 35), (110 30, 111 31))", "POLYGON((117 34, 118 34, 118 35, 117 34))",
        "GEOMETRYCOLLECTION(POINT(117 34), LINESTRING(117 34, 118 35))", "POINT(117 34 12)")) {
      parcels("S_INTERSECTS(geometry, " + wkt + ")");
    }
  }

  @Test
  void strings_double_their_quotes_and_never_reach_the_sql_text() {
    String injection = "x' OR 1=1; DROP TABLE parcels; --";
    RowFilter f = parcels("code = 'x'' OR 1=1; DROP TABLE parcels; --'");
    assertEquals("t.code = ?", f.sql());
    assertEquals(List.of(injection), f.params());
    assertTrue(refusal("code = 'a' OR 1=1").contains("character 15"), refusal("code = 'a' OR 1=1"));
    assertTrue(refusal("code = 'a'; DROP TABLE parcels").contains("unexpected character ';' at character 11"));
    assertTrue(refusal("\"code = 'a' OR t.id\" > 0").contains("unknown property 'code = 'a' OR t.id'"));
  }

  @Test
  void an_unknown_property_is_refused_with_its_position_and_the_queryables() {
    String message = refusal("status = 'available' AND internal_note LIKE '%'");
    assertTrue(message.contains("unknown property 'internal_note' of parcels"), message);
    assertTrue(message.contains("at character 26"), message);
    assertTrue(message.contains("queryables: code, park_code, land_use, status"), message);
    assertFalse(message.substring(message.indexOf("queryables")).contains("internal_note"), message);
    assertTrue(refusal("area_mu > 5").contains("unknown property 'area_mu'"));
  }

  @Test
  void literals_of_the_wrong_type_are_refused_naming_the_property_and_position() {
    assertEquals("filter: 'area_m2' is a number but a string is given at character 11", refusal("area_m2 > '5'"));
    assertTrue(refusal("code = 5").contains("'code' is text ('…') but a number is given at character 8"));
    assertTrue(refusal("has_gas = 'yes'").contains("'has_gas' is a boolean"));
    assertTrue(refusal("has_gas > FALSE").contains("compare it with = or <> only"));
    assertTrue(refusal("available_date = '2026-01-01'").contains("'available_date' is a date"));
    assertTrue(refusal("available_date = TIMESTAMP('2026-01-01T00:00:00Z')").contains("but a timestamp is given"));
    assertTrue(refusal("available_date = DATE('2026-02-30')").contains("'2026-02-30' is not a date"));
    assertTrue(refusal("area_m2 LIKE '1%'").contains("LIKE needs a text property"));
    assertTrue(refusal("code BETWEEN 'a' AND 'b'").contains("BETWEEN needs a number or date property"));
    assertTrue(refusal("status IN ('available', 3)").contains("at character 25"));
  }

  @Test
  void syntax_errors_say_what_was_expected_and_where() {
    assertEquals("filter: expected ')' closing the '(' at character 1, found the end of the filter at character 19",
        refusal("(status = 'listed'"));
    assertTrue(refusal("status = 'listed' status").contains("expected AND, OR or the end of the filter, found 'status' at character 19"));
    assertTrue(refusal("status 'listed'").contains("expected a comparison"));
    assertTrue(refusal("status = ").contains("expected a value"));
    assertTrue(refusal("code = 'open").contains("unterminated string at character 8"));
    assertTrue(refusal("status != 'x'").contains("write <> for 'not equal'"));
    assertTrue(refusal("AND = 1").contains("expected a property name, '(' or NOT, found 'AND' at character 1"));
    assertTrue(refusal("  ").contains("empty"));
    assertTrue(refusal("code LIKE 'a\\'").contains("must not end with a lone \\"));
    assertTrue(refusal("status IN ()").contains("expected a value"));
    assertTrue(refusal("area_m2 > 1e999").contains("the number 1e999 is out of range at character 11"));
    assertTrue(refusal("area_m2 > 1e99999999999").contains("out of range"));
  }

  @Test
  void geometry_literals_are_checked() {
    assertTrue(refusal("S_INTERSECTS(geometry, POINT(200 34))").contains("CRS84"));
    assertTrue(refusal("S_INTERSECTS(geometry, POLYGON((117 34, 118 34, 118 35)))").contains("end where it starts"));
    assertTrue(refusal("S_INTERSECTS(geometry, POLYGON((0 0, 2 2, 2 0, 0 2, 0 0)))").contains("not a valid geometry"));
    assertTrue(refusal("S_INTERSECTS(geometry, BBOX(118, 34, 117, 35))").contains("must not exceed"));
    assertTrue(refusal("S_INTERSECTS(geometry, BBOX(117, 34, 118))").contains("4 numbers"));
    assertTrue(refusal("S_INTERSECTS(code, POINT(117 34))").contains("'code' is not it"));
    assertTrue(refusal("S_INTERSECTS(geometry, 'POINT(117 34)')").contains("expected a geometry"));
    assertTrue(refusal("geometry IS NULL").contains("can only be used in S_INTERSECTS"));
    assertTrue(refusal("S_INTERSECTS(geometry, POINT EMPTY)").contains("EMPTY geometries are not accepted"));
  }

  @Test
  void limits_bound_the_length_the_nesting_the_in_lists_and_the_vertices() {
    assertTrue(refusal("code = '" + "x".repeat(Cql2.MAX_LENGTH) + "'").contains("longer than 8192 characters"));
    assertTrue(refusal("(".repeat(40) + "code = 'x'" + ")".repeat(40)).contains("nested deeper than 32"));
    assertTrue(refusal("NOT ".repeat(40) + "code = 'x'").contains("nested deeper than 32"));
    String list = String.join(",", java.util.Collections.nCopies(Cql2.MAX_IN_ITEMS + 1, "'a'"));
    assertTrue(refusal("code IN (" + list + ")").contains("more than 500 values"));
    StringBuilder line = new StringBuilder("LINESTRING(");
    for (int i = 0; i <= Cql2.MAX_VERTICES; i++) {
      line.append(i == 0 ? "" : ",").append(i % 2).append(' ').append(i % 3);
    }
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Cql2.filter("S_INTERSECTS(geometry," + line
        + "))", PARCELS)).getMessage().contains("at most 1000 vertices"));
  }

  @Test
  void keywords_are_case_insensitive_and_a_keyword_named_property_can_be_quoted() {
    assertEquals("(t.code LIKE ? ESCAPE '\\') AND (NOT (t.industry IS NULL))",
        parcels("code like 'A%' and not industry is null").sql());
    assertEquals("1 = 1", parcels("TRUE").sql());
    assertEquals("(1 = 0) OR (t.code = ?)", parcels("false or code = 'x'").sql());
  }

  @Test
  void a_queryable_used_as_a_query_parameter_is_an_equality_of_its_type() {
    assertEquals("t.has_gas = ?", Cql2.equalTo(PARCELS, "has_gas", "true").sql());
    assertEquals(List.of(true), Cql2.equalTo(PARCELS, "has_gas", "TRUE").params());
    assertEquals(List.of(12.5), Cql2.equalTo(PARCELS, "area_m2", "12.5").params());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Cql2.equalTo(PARCELS, "area_m2", "big"))
        .getMessage().contains("parameter 'area_m2' is a number; 'big' is not one"));
  }
}
