package parcelatlas.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
 * A small city whose figures are worked out by hand in {@link FigureServiceTest}: townships 甲镇
 * and 乙镇, park P1, parcels A1 (10 亩), A2 (20 亩), B1 (30 亩), projects X1–X4 (X1 and X3 with
 * stage histories and tax paid), zones Z1–Z3.
 */
public final class FigureFixture {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final double MU = 10000.0 / 15.0;

  private FigureFixture() {}

  public static void load(Storage storage) {
    storage.inTransaction(c -> {
      try (LayerWriter parcels = new LayerWriter(c, Layer.PARCELS, storage.dialect())) {
        parcels.insert(parcel("A1", "P1", 10));
        parcels.insert(parcel("A2", "P1", 20));
        parcels.insert(parcel("B1", null, 30));
        parcels.flush();
      }
      try (LayerWriter projects = new LayerWriter(c, Layer.PROJECTS, storage.dialect())) {
        projects.insert(project("X1", "甲镇", "P1", "started", "2026-03-01", "2026-12-01", 1000, 5000, List.of("A1")));
        projects.insert(project("X2", "甲镇", "P1", "signed", "2026-05-01", "2026-06-01", 500, 3000, List.of("A2")));
        projects.insert(project("X3", "乙镇", null, "in_production", "2025-06-01", "2026-04-01", 2000, 9000, List.of("B1")));
        projects.insert(project("X4", "乙镇", null, "planned", "2026-09-01", "2027-06-01", 0, 1000, List.of()));
        projects.flush();
      }
      try (LayerWriter zones = new LayerWriter(c, Layer.DEMOLITION_ZONES, storage.dialect())) {
        zones.insert(zone("Z1", "甲镇", 100, 10000, "2026-05-15", 2.0));
        zones.insert(zone("Z2", "甲镇", 50, 5000, "2026-12-31", null));
        zones.insert(zone("Z3", "乙镇", 40, 8000, "2026-06-01", 1.5));
        zones.flush();
      }
      ProgressTables t = new ProgressTables(c);
      t.addInvestment("X1", LocalDate.parse("2026-01-01"), 100);
      t.addInvestment("X1", LocalDate.parse("2026-03-01"), 200);
      t.addInvestment("X1", LocalDate.parse("2026-07-01"), 999);
      t.addInvestment("X2", LocalDate.parse("2026-06-01"), 50);
      t.addInvestment("X3", LocalDate.parse("2025-12-01"), 700);
      t.addInvestment("X3", LocalDate.parse("2026-02-01"), 400);
      // X1 reached 开工 on 05-20; X3 went 竣工 on 03-01 and 投产 on 05-01. X2 and X4 have no history.
      t.addStageChange("X1", "signed", LocalDate.parse("2026-02-01"), null, "test");
      t.addStageChange("X1", "land_secured", LocalDate.parse("2026-03-15"), null, "test");
      t.addStageChange("X1", "started", LocalDate.parse("2026-05-20"), null, "test");
      t.addStageChange("X3", "started", LocalDate.parse("2025-06-10"), null, "test");
      t.addStageChange("X3", "completed", LocalDate.parse("2026-03-01"), null, "test");
      t.addStageChange("X3", "in_production", LocalDate.parse("2026-05-01"), null, "test");
      t.addTax("X3", LocalDate.parse("2025-12-01"), 50);
      t.addTax("X3", LocalDate.parse("2026-01-01"), 30);
      t.addTax("X3", LocalDate.parse("2026-05-01"), 60);
      t.addTax("X3", LocalDate.parse("2026-07-01"), 90);
      t.addTax("X1", LocalDate.parse("2026-06-01"), 6);
      t.addReport("Z1", LocalDate.parse("2026-05-01"), 60, 40, 4000, null, "test");
      t.addReport("Z1", LocalDate.parse("2026-06-29"), 80, 70, 7000, null, "test");
      t.addReport("Z1", LocalDate.parse("2026-07-06"), 100, 100, 10000, null, "test");
      t.addReport("Z2", LocalDate.parse("2026-06-22"), 50, 50, 5000, null, "test");
      t.addReport("Z3", LocalDate.parse("2026-06-15"), 10, 0, 0, null, "test");
      return null;
    });
  }

  private static Geometry square(int i) {
    double x = 117 + i * 0.01;
    Polygon p = WGS84.createPolygon(new Coordinate[] {new Coordinate(x, 34), new Coordinate(x, 34.005),
        new Coordinate(x + 0.005, 34.005), new Coordinate(x + 0.005, 34), new Coordinate(x, 34)});
    return WGS84.createMultiPolygon(new Polygon[] {p});
  }

  private static int n;

  private static FeatureRow parcel(String code, String park, double mu) {
    Map<String, Object> v = new HashMap<>();
    v.put("park_code", park);
    v.put("land_use", "M1");
    v.put("status", "in_production");
    return new FeatureRow(code, v, square(n++), mu * MU, "EPSG:4326", "fixture", 1, Map.of());
  }

  private static FeatureRow project(String code, String township, String park, String stage, String start,
      String production, double plannedYear, double total, List<String> parcels) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", code);
    v.put("township", township);
    v.put("park_code", park);
    v.put("stage", stage);
    v.put("planned_start_date", LocalDate.parse(start));
    v.put("planned_production_date", LocalDate.parse(production));
    v.put("planned_investment_year_wan", plannedYear);
    v.put("total_investment_wan", total);
    return new FeatureRow(code, v, WGS84.createPoint(new Coordinate(117, 34)), null, "EPSG:4326", "fixture", 1,
        parcels.isEmpty() ? Map.of() : Map.of("parcel_codes", parcels));
  }

  private static FeatureRow zone(String code, String township, int households, double area, String deadline,
      Double penalty) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", code);
    v.put("township", township);
    v.put("target_households", (long) households);
    v.put("target_floor_area_m2", area);
    v.put("deadline", LocalDate.parse(deadline));
    v.put("penalty_wan_per_month", penalty);
    return new FeatureRow(code, v, square(n++), 1000.0, "EPSG:4326", "fixture", 1, Map.of());
  }
}
