package parcelatlas.features.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ServedCollection;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * Every operator run on the demo city, on H2GIS and PostGIS, each checked against the rows read
 * plainly from the tables and filtered in Java (LIKE by a regular expression, S_INTERSECTS by JTS).
 */
@Tag("database")
class Cql2DatabaseTest {
  private static final String ODD_INDUSTRY = "新材料_100%\\配套";
  private static Storage storage;
  private static FeatureReader reader;
  private static List<Map<String, Object>> parcels;
  private static List<Map<String, Object>> zones;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    reader = new FeatureReader(storage, Clock.systemUTC());
    long odd = ((Number) Sql.rows(storage, "SELECT MIN(id) AS id FROM parcels WHERE status = 'listed'").get(0)
        .get("id")).longValue();
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parcels SET industry = ? WHERE id = ?")) {
        s.setString(1, ODD_INDUSTRY);
        s.setLong(2, odd);
        return s.executeUpdate();
      }
    });
    parcels = Sql.rows(storage, "SELECT t.id, t.code, t.status, t.land_use, t.area_m2, t.far_max, t.price_wan_per_mu,"
        + " t.industry, t.available_date, t.has_gas, p.name AS park_name, ST_AsBinary(t.geom) AS wkb"
        + " FROM parcels t LEFT JOIN parks p ON p.code = t.park_code");
    zones = Sql.rows(storage, "SELECT t.id, r.signed_households, r.report_date, t.deadline FROM demolition_zones t"
        + " LEFT JOIN zone_latest_reports r ON r.zone_id = t.id");
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  private static Set<Long> matched(ServedCollection collection, String filter, boolean publicOnly) {
    FeatureQuery query = FeatureQuery.of(collection, publicOnly).page(FeatureQuery.MAX_LIMIT, 0)
        .where(Cql2.filter(filter, collection));
    Set<Long> ids = new TreeSet<>();
    reader.page(query).features().forEach(f -> ids.add(f.id()));
    assertEquals(ids.size(), reader.page(query.page(1, 0)).numberMatched(), "the count agrees with the rows: " + filter);
    return ids;
  }

  private static Set<Long> expected(List<Map<String, Object>> rows, Predicate<Map<String, Object>> test) {
    Set<Long> ids = new TreeSet<>();
    rows.stream().filter(test).forEach(r -> ids.add(((Number) r.get("id")).longValue()));
    return ids;
  }

  private static void check(String filter, Predicate<Map<String, Object>> test) {
    Set<Long> expected = expected(parcels, test);
    assertTrue(!expected.isEmpty() && expected.size() < parcels.size(), "a test that can fail: " + filter);
    assertEquals(expected, matched(ServedCollection.PARCELS, filter, false), filter);
  }

  private static Double num(Map<String, Object> r, String name) {
    return r.get(name) == null ? null : ((Number) r.get(name)).doubleValue();
  }

  private static String text(Map<String, Object> r, String name) {
    return (String) r.get(name);
  }

  private static LocalDate day(Map<String, Object> r, String name) {
    Object v = r.get(name);
    return v == null ? null : v instanceof Date d ? d.toLocalDate() : (LocalDate) v;
  }

  @Test
  void comparisons_match_the_rows_compared_in_java() {
    check("status = 'available'", r -> text(r, "status").equals("available"));
    check("status <> 'idle'", r -> !text(r, "status").equals("idle"));
    check("area_m2 > 20000", r -> num(r, "area_m2") > 20000);
    check("area_m2 <= 12000.5", r -> num(r, "area_m2") <= 12000.5);
    check("far_max >= 2.5", r -> num(r, "far_max") != null && num(r, "far_max") >= 2.5);
    check("far_max < 2.5", r -> num(r, "far_max") != null && num(r, "far_max") < 2.5);
    check("has_gas = FALSE", r -> Boolean.FALSE.equals(r.get("has_gas")));
    check("available_date >= DATE('2027-01-01')", r -> day(r, "available_date") != null
        && !day(r, "available_date").isBefore(LocalDate.of(2027, 1, 1)));
    String park = text(parcels.get(0), "park_name");
    check("park_name = '" + park.replace("'", "''") + "'", r -> park.equals(r.get("park_name")));
  }

  @Test
  void and_or_not_and_parentheses_match_java_logic_with_nulls_unknown() {
    check("land_use = 'M1' OR land_use = 'M2' AND status = 'available'", r -> text(r, "land_use").equals("M1")
        || text(r, "land_use").equals("M2") && text(r, "status").equals("available"));
    check("(land_use = 'M1' OR land_use = 'M2') AND status = 'available'", r -> (text(r, "land_use").equals("M1")
        || text(r, "land_use").equals("M2")) && text(r, "status").equals("available"));
    check("NOT has_gas = TRUE", r -> Boolean.FALSE.equals(r.get("has_gas")));
    check("NOT (far_max > 2 OR status = 'idle')", r -> num(r, "far_max") != null && num(r, "far_max") <= 2
        && !text(r, "status").equals("idle"));
  }

  @Test
  void like_in_between_and_null_tests_match_java() {
    check("code LIKE 'QL-P0_-A-%'", r -> text(r, "code").matches("QL-P0.-A-.*"));
    check("code NOT LIKE '%1'", r -> !text(r, "code").endsWith("1"));
    check("park_name LIKE '%经济%'", r -> r.get("park_name") != null && text(r, "park_name").contains("经济"));
    check("industry LIKE '%\\_100\\%\\\\%'", r -> ODD_INDUSTRY.equals(r.get("industry")));
    check("industry LIKE '%_100%%'", r -> like(text(r, "industry"), ".*.100.*"));
    check("status IN ('available', 'listed', 'idle')", r -> Set.of("available", "listed", "idle").contains(text(r, "status")));
    check("status NOT IN ('available', 'listed')", r -> !Set.of("available", "listed").contains(text(r, "status")));
    check("price_wan_per_mu BETWEEN 30 AND 40", r -> num(r, "price_wan_per_mu") != null
        && num(r, "price_wan_per_mu") >= 30 && num(r, "price_wan_per_mu") <= 40);
    check("price_wan_per_mu NOT BETWEEN 30 AND 40", r -> num(r, "price_wan_per_mu") != null
        && (num(r, "price_wan_per_mu") < 30 || num(r, "price_wan_per_mu") > 40));
    check("available_date IS NULL", r -> r.get("available_date") == null);
    check("available_date IS NOT NULL", r -> r.get("available_date") != null);
  }

  private static boolean like(String value, String regex) {
    return value != null && Pattern.compile(regex, Pattern.DOTALL).matcher(value).matches();
  }

  @Test
  void s_intersects_matches_jts_for_points_lines_polygons_and_boxes() throws Exception {
    Geometry first = geometry(parcels.get(parcels.size() / 2));
    double x = first.getInteriorPoint().getX();
    double y = first.getInteriorPoint().getY();
    List<String> literals = List.of(
        String.format(java.util.Locale.ROOT, "POINT(%.7f %.7f)", x, y),
        String.format(java.util.Locale.ROOT, "LINESTRING(%.7f %.7f, %.7f %.7f)", x - 0.02, y - 0.01, x + 0.02, y + 0.01),
        String.format(java.util.Locale.ROOT, "POLYGON((%1$.7f %2$.7f, %3$.7f %2$.7f, %3$.7f %4$.7f, %1$.7f %2$.7f))",
            x - 0.01, y - 0.01, x + 0.01, y + 0.008),
        String.format(java.util.Locale.ROOT, "MULTIPOINT((%.7f %.7f), (117.3 34.7))", x, y));
    for (String wkt : literals) {
      Geometry g = new WKTReader().read(wkt);
      check("S_INTERSECTS(geometry, " + wkt + ")", r -> geometry(r).intersects(g));
    }
    String box = String.format(java.util.Locale.ROOT, "BBOX(%.5f, %.5f, %.5f, %.5f)", x - 0.01, y - 0.01, x + 0.01, y + 0.01);
    Geometry rectangle = new org.locationtech.jts.geom.GeometryFactory().toGeometry(
        new org.locationtech.jts.geom.Envelope(Math.round((x - 0.01) * 1e5) / 1e5, Math.round((x + 0.01) * 1e5) / 1e5,
            Math.round((y - 0.01) * 1e5) / 1e5, Math.round((y + 0.01) * 1e5) / 1e5));
    check("S_INTERSECTS(geometry, " + box + ") AND status <> 'idle'", r -> geometry(r).intersects(rectangle)
        && !text(r, "status").equals("idle"));
  }

  private static Geometry geometry(Map<String, Object> row) {
    try {
      return new WKBReader().read((byte[]) row.get("wkb"));
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void joined_properties_of_demolition_zones_filter_like_stored_ones() {
    Set<Long> expected = expected(zones, r -> num(r, "signed_households") != null && num(r, "signed_households") >= 40
        && day(r, "report_date").equals(LocalDate.of(2026, 11, 16)) && day(r, "deadline").isBefore(LocalDate.of(2027, 1, 1)));
    assertTrue(!expected.isEmpty() && expected.size() < zones.size(), expected.toString());
    assertEquals(expected, matched(ServedCollection.DEMOLITION_ZONES, "signed_households >= 40 AND"
        + " latest_report_date = DATE('2026-11-16') AND deadline < DATE('2027-01-01')", false));
  }

  @Test
  void an_or_in_the_filter_cannot_widen_the_public_rows() {
    Set<Long> publicIds = expected(parcels, r -> Set.of("available", "listed").contains(text(r, "status")));
    assertEquals(publicIds, matched(ServedCollection.PARCELS, "status = 'idle' OR TRUE OR code IS NOT NULL", true));
    assertEquals(Set.of(), matched(ServedCollection.PARCELS, "status IN ('idle', 'transferred')", true));
  }

  @Test
  void injection_attempts_are_plain_values_that_match_nothing() {
    for (String attempt : List.of("x' OR '1'='1", "'; DROP TABLE parcels; --", "\\'); DELETE FROM parcels; --")) {
      assertEquals(Set.of(), matched(ServedCollection.PARCELS, "code = '" + attempt.replace("'", "''") + "'", false));
    }
    assertEquals(parcels.size(), Sql.count(storage, "parcels"));
  }
}
