package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.domain.PlainText;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.ScaledDemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** {@code demo --scale N}: N districts, each a valid copy of 青岚市, the same on every run. */
@Tag("database")
class ScaledDemoTest {
  private static final int N = 3;
  private static final List<String> TABLES = List.of("parks", "parcels", "projects", "demolition_zones",
      "project_parcels", "project_zones", "demolition_reports", "project_investments", "project_milestones",
      "project_issues", "project_stage_changes", "project_taxes");
  private static final List<String> LAYERS = List.of("parks", "parcels", "projects", "demolition_zones");
  /** What the digest compares: feature ids, codes, texts, numbers and geometry; detail rows by their keys. */
  private static final List<String> DIGESTED = List.of(
      "SELECT id, code, name, name_en, contact_person, address, summary, area_m2, ST_AsBinary(geom) FROM parks ORDER BY id",
      "SELECT id, code, park_code, land_use, status, price_wan_per_mu, internal_note, area_m2, ST_AsBinary(geom)"
          + " FROM parcels ORDER BY id",
      "SELECT id, code, name, township, leader, responsible_unit, stage, ST_AsBinary(geom) FROM projects ORDER BY id",
      "SELECT id, code, name, township, leader, target_households, area_m2, ST_AsBinary(geom) FROM demolition_zones ORDER BY id",
      "SELECT p.code, l.parcel_code FROM project_parcels l JOIN projects p ON p.id = l.project_id ORDER BY 1, 2",
      "SELECT p.code, l.zone_code FROM project_zones l JOIN projects p ON p.id = l.project_id ORDER BY 1, 2",
      "SELECT z.code, r.report_date, r.signed_households, r.demolished_households, r.cleared_area_m2, r.note"
          + " FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id ORDER BY 1, 2, r.id",
      "SELECT p.code, x.month_start, x.completed_wan FROM project_investments x JOIN projects p ON p.id = x.project_id ORDER BY 1, 2",
      "SELECT p.code, x.seq, x.name, x.planned_date, x.actual_date FROM project_milestones x"
          + " JOIN projects p ON p.id = x.project_id ORDER BY 1, 2",
      "SELECT p.code, x.seq, x.description, x.raised_on, x.responsible, x.closed_on, x.resolution FROM project_issues x"
          + " JOIN projects p ON p.id = x.project_id ORDER BY 1, 2",
      "SELECT p.code, x.effective_date, x.stage FROM project_stage_changes x JOIN projects p ON p.id = x.project_id"
          + " ORDER BY 1, 2, x.id",
      "SELECT p.code, x.month_start, x.paid_wan FROM project_taxes x JOIN projects p ON p.id = x.project_id ORDER BY 1, 2");
  private static Storage scaled;
  private static Storage plain;

  @BeforeAll
  static void load() {
    scaled = ScaledDemoData.loaded(N);
    plain = DemoData.loaded();
  }

  @AfterAll
  static void close() {
    scaled.close();
    plain.close();
  }

  @Test
  void every_table_holds_exactly_n_times_the_demos_rows() {
    for (String table : TABLES) {
      assertEquals(N * Sql.count(plain, table), Sql.count(scaled, table), table);
    }
    assertEquals(N * Sql.count(plain, "parcels WHERE status IN ('available', 'listed')"),
        Sql.count(scaled, "parcels WHERE status IN ('available', 'listed')"));
    assertEquals(N * Sql.count(plain, "(SELECT DISTINCT township FROM demolition_zones) t"),
        Sql.count(scaled, "(SELECT DISTINCT township FROM demolition_zones) t"), "townships of different districts differ");
    assertEquals(N * Sql.count(plain, "(SELECT DISTINCT name FROM parks) t"), Sql.count(scaled, "(SELECT DISTINCT name FROM parks) t"));
  }

  @Test
  void loading_in_two_steps_gives_the_same_ids_rows_and_geometry_as_loading_at_once() {
    try (Storage stepwise = TestDatabases.fresh()) {
      StringWriter out = new StringWriter();
      ScaledDemo.load(stepwise, N - 1, new PrintWriter(out));
      ScaledDemo.load(stepwise, N, new PrintWriter(out));
      assertTrue(out.toString().contains("districts written 1, already there 1"), out.toString());
      for (String table : TABLES) {
        assertEquals(Sql.count(scaled, table), Sql.count(stepwise, table), table);
      }
      for (String query : DIGESTED) {
        assertEquals(digest(scaled, query), digest(stepwise, query), query);
      }
    }
  }

  @Test
  void districts_lie_apart_on_the_map() {
    Map<String, Envelope> boxes = new TreeMap<>();
    WKBReader wkb = new WKBReader();
    for (String layer : LAYERS) {
      for (Map<String, Object> row : Sql.rows(scaled, "SELECT code, ST_AsBinary(geom) AS g FROM " + layer)) {
        String code = (String) row.get("code");
        Envelope box = boxes.computeIfAbsent(code.substring(0, code.indexOf('-')), k -> new Envelope());
        try {
          box.expandToInclude(wkb.read((byte[]) row.get("g")).getEnvelopeInternal());
        } catch (ParseException e) {
          throw new AssertionError(code, e);
        }
      }
    }
    assertEquals(List.of("QL", District.of(1).prefix(), District.of(2).prefix()).stream().sorted().toList(),
        List.copyOf(boxes.keySet()));
    List<Map.Entry<String, Envelope>> list = List.copyOf(boxes.entrySet());
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        assertTrue(list.get(i).getValue().distance(list.get(j).getValue()) > 0.02,
            list.get(i).getKey() + " and " + list.get(j).getKey() + " are closer than 2 km");
      }
    }
  }

  @Test
  void every_row_is_valid_and_stays_inside_its_district() {
    for (String layer : List.of("parks", "parcels", "demolition_zones")) {
      assertEquals(0, Sql.count(scaled, layer + " WHERE NOT ST_IsValid(geom)"), layer);
    }
    assertEquals(0, Sql.count(scaled, "parcels p WHERE p.park_code IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM parks k WHERE k.code = p.park_code)"));
    assertEquals(0, Sql.count(scaled, "projects p WHERE p.park_code IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM parks k WHERE k.code = p.park_code)"));
    assertEquals(0, Sql.count(scaled, "project_parcels l WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.code = l.parcel_code)"));
    assertEquals(0, Sql.count(scaled, "project_zones l WHERE NOT EXISTS (SELECT 1 FROM demolition_zones z WHERE z.code = l.zone_code)"));
    assertEquals(0, Sql.count(scaled, "projects p WHERE p.stage <> (SELECT c.stage FROM project_stage_changes c"
        + " WHERE c.project_id = p.id ORDER BY COALESCE(c.effective_date, DATE '1900-01-01') DESC, c.id DESC"
        + " FETCH FIRST 1 ROW ONLY)"), "a project's stage is the latest of its history");
    assertEquals(0, Sql.count(scaled, "demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id"
        + " WHERE r.signed_households > z.target_households OR r.demolished_households > z.target_households"
        + " OR r.cleared_area_m2 > z.target_floor_area_m2"), "reports stay within the zone's targets");
    for (String sql : List.of("SELECT code, park_code AS other FROM parcels WHERE park_code IS NOT NULL",
        "SELECT code, park_code AS other FROM projects WHERE park_code IS NOT NULL",
        "SELECT p.code, l.parcel_code AS other FROM project_parcels l JOIN projects p ON p.id = l.project_id",
        "SELECT p.code, l.zone_code AS other FROM project_zones l JOIN projects p ON p.id = l.project_id")) {
      for (Map<String, Object> row : Sql.rows(scaled, sql)) {
        assertEquals(district(row.get("code")), district(row.get("other")), sql + " " + row);
      }
    }
    for (String sql : List.of("SELECT name, address, summary, contact_person FROM parks",
        "SELECT name, township, leader, responsible_unit FROM demolition_zones",
        "SELECT name, investor, township, leader, responsible_unit FROM projects")) {
      for (Map<String, Object> row : Sql.rows(scaled, sql)) {
        row.forEach((column, value) -> assertFalse(value != null && PlainText.problem((String) value, true).isPresent(),
            column + " " + value));
      }
    }
  }

  @Test
  void a_copied_parcel_has_its_originals_area_to_a_thousandth_measured_afresh() {
    Map<String, Double> original = new HashMap<>();
    Sql.rows(plain, "SELECT code, area_m2 FROM parcels").forEach(r -> original.put(
        ((String) r.get("code")).substring(2), ((Number) r.get("area_m2")).doubleValue()));
    int copies = 0;
    for (Map<String, Object> row : Sql.rows(scaled, "SELECT code, area_m2 FROM parcels WHERE code NOT LIKE 'QL-%'")) {
      String code = (String) row.get("code");
      double base = original.get(code.substring(code.indexOf('-')));
      double area = ((Number) row.get("area_m2")).doubleValue();
      assertEquals(1, area / base, 1e-3, code);
      assertTrue(area != base, code + " keeps its original's area instead of its own");
      copies++;
    }
    assertEquals((N - 1) * original.size(), copies);
  }

  @Test
  void a_scale_out_of_range_is_refused_naming_it_and_changes_nothing() {
    long parcels = Sql.count(scaled, "parcels");
    for (int scale : new int[] {0, -1, ScaledDemo.MAX_SCALE + 1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ScaledDemo.load(scaled, scale, new PrintWriter(new StringWriter())));
      assertTrue(e.getMessage().contains("scale"), e.getMessage());
    }
    assertEquals(parcels, Sql.count(scaled, "parcels"));
  }

  private static String district(Object code) {
    String s = (String) code;
    return s.substring(0, s.indexOf('-'));
  }

  private static String digest(Storage storage, String query) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map<String, Object> row : Sql.rows(storage, query)) {
        for (Object value : row.values()) {
          String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
          sha.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
