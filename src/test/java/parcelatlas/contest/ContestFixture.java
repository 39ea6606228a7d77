package parcelatlas.contest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import parcelatlas.catalog.Layer;
import parcelatlas.figures.FigureFixture;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.LayerWriter;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;

/**
 * The figures' hand-computed city ({@link FigureFixture}: 甲镇, 乙镇, park P1) and two more
 * townships: 丙镇, a copy of 乙镇's project X3 (as X5 on parcel C1, 30 亩) and zone Z3 (as Z4),
 * so it ties with 乙镇 on every figure; and 丁镇, whose one project X6 is due to start in 2027,
 * so on 2026-06-30 it has nothing to measure.
 */
final class ContestFixture {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private ContestFixture() {}

  static void load(Storage storage) {
    FigureFixture.load(storage);
    storage.inTransaction(c -> {
      try (LayerWriter parcels = new LayerWriter(c, Layer.PARCELS, storage.dialect())) {
        Map<String, Object> v = new HashMap<>();
        v.put("land_use", "M1");
        v.put("status", "in_production");
        parcels.insert(new FeatureRow("C1", v, square(40), 30 * 10000.0 / 15, "EPSG:4326", "fixture", 1, Map.of()));
        parcels.flush();
      }
      try (LayerWriter projects = new LayerWriter(c, Layer.PROJECTS, storage.dialect())) {
        projects.insert(project("X5", "丙镇", "in_production", "2025-06-01", "2026-04-01", 2000, 9000, List.of("C1")));
        projects.insert(project("X6", "丁镇", "planned", "2027-03-01", "2028-06-01", 0, 800, List.of()));
        projects.flush();
      }
      try (LayerWriter zones = new LayerWriter(c, Layer.DEMOLITION_ZONES, storage.dialect())) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "Z4");
        v.put("township", "丙镇");
        v.put("target_households", 40L);
        v.put("target_floor_area_m2", 8000.0);
        v.put("deadline", LocalDate.parse("2026-06-01"));
        v.put("penalty_wan_per_month", 1.5);
        zones.insert(new FeatureRow("Z4", v, square(41), 1000.0, "EPSG:4326", "fixture", 1, Map.of()));
        zones.flush();
      }
      ProgressTables t = new ProgressTables(c);
      t.addInvestment("X5", LocalDate.parse("2025-12-01"), 700);
      t.addInvestment("X5", LocalDate.parse("2026-02-01"), 400);
      t.addStageChange("X5", "started", LocalDate.parse("2025-06-10"), null, "test");
      t.addStageChange("X5", "completed", LocalDate.parse("2026-03-01"), null, "test");
      t.addStageChange("X5", "in_production", LocalDate.parse("2026-05-01"), null, "test");
      t.addTax("X5", LocalDate.parse("2025-12-01"), 50);
      t.addTax("X5", LocalDate.parse("2026-01-01"), 30);
      t.addTax("X5", LocalDate.parse("2026-05-01"), 60);
      t.addTax("X5", LocalDate.parse("2026-07-01"), 90);
      t.addReport("Z4", LocalDate.parse("2026-06-15"), 10, 0, 0, null, "test");
      return null;
    });
  }

  private static org.locationtech.jts.geom.MultiPolygon square(int i) {
    double x = 117 + i * 0.01;
    Polygon p = WGS84.createPolygon(new Coordinate[] {new Coordinate(x, 34), new Coordinate(x, 34.005),
        new Coordinate(x + 0.005, 34.005), new Coordinate(x + 0.005, 34), new Coordinate(x, 34)});
    return WGS84.createMultiPolygon(new Polygon[] {p});
  }

  private static FeatureRow project(String code, String township, String stage, String start, String production,
      double plannedYear, double total, List<String> parcels) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", code);
    v.put("township", township);
    v.put("stage", stage);
    v.put("planned_start_date", LocalDate.parse(start));
    v.put("planned_production_date", LocalDate.parse(production));
    v.put("planned_investment_year_wan", plannedYear);
    v.put("total_investment_wan", total);
    return new FeatureRow(code, v, WGS84.createPoint(new Coordinate(117, 34)), null, "EPSG:4326", "fixture", 1,
        parcels.isEmpty() ? Map.of() : Map.of("parcel_codes", parcels));
  }
}
