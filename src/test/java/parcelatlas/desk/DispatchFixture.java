package parcelatlas.desk;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.LayerWriter;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;

/**
 * A small city for the weekly dispatch, worked by hand in {@link WeeklyDispatchApiTest}. The app's
 * today is Friday 2026-11-20 (Asia/Shanghai); with reports due on Mondays the week runs from Tuesday
 * 11-17 to Monday 11-23.
 *
 * <pre>
 * zone  township  reports                           this week
 * Z1    甲镇      11-18                             reported
 * Z2    甲镇      11-16 (the previous week's day)   missing, last 11-16
 * Z3    甲镇      none                              missing, never
 * Z4    乙镇      10-05, every household, all area  complete: owes nothing
 * Z5    乙镇      11-20                             reported
 * project township park level  stage          audited updates (portal time +08:00)  this week
 * X1      甲镇     P1   city   started        stage 11-17 00:30 (11-16 16:30 UTC)   reported
 * X2      甲镇     P1   city   signed         investment 11-16 23:30                missing, last 11-16
 * X3      乙镇     -    city   in_production  none                                  in production: owes nothing
 * X4      乙镇     -    city   planned        none                                  missing, never
 * X5      乙镇     -    none   planned        none                                  not a key project
 * X6      甲镇     -    city   land_secured   tax 11-19 10:00; a user added 11-10   reported
 * </pre>
 */
final class DispatchFixture {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static int n;

  private DispatchFixture() {}

  static void load(Storage storage) {
    storage.inTransaction(c -> {
      try (LayerWriter parks = new LayerWriter(c, Layer.PARKS, storage.dialect())) {
        parks.insert(new FeatureRow("P1", new HashMap<>(Map.of("name", "园区P1")), square(n++), 1000.0, "EPSG:4326",
            "fixture", 1, Map.of()));
        parks.flush();
      }
      try (LayerWriter projects = new LayerWriter(c, Layer.PROJECTS, storage.dialect())) {
        projects.insert(project("X1", "甲镇", "P1", "municipal", "started"));
        projects.insert(project("X2", "甲镇", "P1", "municipal", "signed"));
        projects.insert(project("X3", "乙镇", null, "municipal", "in_production"));
        projects.insert(project("X4", "乙镇", null, "municipal", "planned"));
        projects.insert(project("X5", "乙镇", null, null, "planned"));
        projects.insert(project("X6", "甲镇", null, "district", "land_secured"));
        projects.flush();
      }
      try (LayerWriter zones = new LayerWriter(c, Layer.DEMOLITION_ZONES, storage.dialect())) {
        for (String code : new String[] {"Z1", "Z2", "Z3"}) {
          zones.insert(zone(code, "甲镇"));
        }
        zones.insert(zone("Z4", "乙镇"));
        zones.insert(zone("Z5", "乙镇"));
        zones.flush();
      }
      ProgressTables t = new ProgressTables(c);
      t.addReport("Z1", LocalDate.parse("2026-11-18"), 10, 5, 500, null, "test");
      t.addReport("Z2", LocalDate.parse("2026-11-16"), 10, 5, 500, null, "test");
      t.addReport("Z4", LocalDate.parse("2026-10-05"), 40, 40, 4000, null, "test");
      t.addReport("Z5", LocalDate.parse("2026-11-20"), 10, 5, 500, null, "test");
      String audit = "INSERT INTO audit_log (occurred_at, actor, action, entity, entity_key) VALUES (?, 'test', ?, ?, ?)";
      try (PreparedStatement s = c.prepareStatement(audit)) {
        add(s, "2026-11-17T00:30+08:00", "update stage", "project", "X1");
        add(s, "2026-11-16T23:30+08:00", "update investment", "project", "X2");
        add(s, "2026-11-19T10:00+08:00", "update tax", "project", "X6");
        add(s, "2026-11-18T10:00+08:00", "add", "user", "X4");
        add(s, "2026-11-18T10:00+08:00", "import", "projects", "X4");
      }
      return null;
    });
  }

  private static void add(PreparedStatement s, String at, String action, String entity, String key) throws java.sql.SQLException {
    s.setObject(1, OffsetDateTime.parse(at));
    s.setString(2, action);
    s.setString(3, entity);
    s.setString(4, key);
    s.executeUpdate();
  }

  private static Geometry square(int i) {
    double x = 117 + i * 0.01;
    Polygon p = WGS84.createPolygon(new Coordinate[] {new Coordinate(x, 34), new Coordinate(x, 34.005),
        new Coordinate(x + 0.005, 34.005), new Coordinate(x + 0.005, 34), new Coordinate(x, 34)});
    return WGS84.createMultiPolygon(new Polygon[] {p});
  }

  private static FeatureRow project(String code, String township, String park, String level, String stage) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", "项目" + code);
    v.put("township", township);
    v.put("park_code", park);
    v.put("level", level);
    v.put("stage", stage);
    v.put("leader", "领导" + code);
    v.put("responsible_unit", "单位" + code);
    return new FeatureRow(code, v, WGS84.createPoint(new Coordinate(117, 34)), null, "EPSG:4326", "fixture", 1, Map.of());
  }

  private static FeatureRow zone(String code, String township) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", "片区" + code);
    v.put("township", township);
    v.put("target_households", 40L);
    v.put("target_floor_area_m2", 4000.0);
    v.put("deadline", LocalDate.parse("2026-12-31"));
    v.put("leader", "领导" + code);
    v.put("responsible_unit", "单位" + code);
    return new FeatureRow(code, v, square(n++), 1000.0, "EPSG:4326", "fixture", 1, Map.of());
  }
}
