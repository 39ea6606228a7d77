package parcelatlas.photos;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import parcelatlas.catalog.Layer;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.LayerWriter;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;

/**
 * Two zones and a project for the photo tests. Z1 (甲镇) is the square 117.000–117.005 E,
 * 34.000–34.005 N with one report dated 2026-11-18; Z2 (乙镇) lies 0.01° further east with a report
 * of the same day; project X1 (甲镇) is the point 117.010 E, 34.010 N. At 34° N one degree of
 * longitude is about 92.4 km, so 0.0055° east of Z1's edge is about 508 m and 0.005° about 462 m.
 */
final class PhotoFixture {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private PhotoFixture() {}

  static void load(Storage storage) {
    storage.inTransaction(c -> {
      try (LayerWriter projects = new LayerWriter(c, Layer.PROJECTS, storage.dialect())) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "项目X1");
        v.put("township", "甲镇");
        v.put("stage", "signed");
        projects.insert(new FeatureRow("X1", v, WGS84.createPoint(new Coordinate(117.01, 34.01)), null, "EPSG:4326",
            "fixture", 1, Map.of()));
        projects.flush();
      }
      try (LayerWriter zones = new LayerWriter(c, Layer.DEMOLITION_ZONES, storage.dialect())) {
        zones.insert(zone("Z1", "甲镇", 117.0));
        zones.insert(zone("Z2", "乙镇", 117.01));
        zones.flush();
      }
      ProgressTables t = new ProgressTables(c);
      t.addReport("Z1", LocalDate.parse("2026-11-18"), 10, 5, 500, null, "test");
      t.addReport("Z2", LocalDate.parse("2026-11-18"), 10, 5, 500, null, "test");
      return null;
    });
  }

  private static FeatureRow zone(String code, String township, double west) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", "片区" + code);
    v.put("township", township);
    v.put("target_households", 40L);
    Polygon p = WGS84.createPolygon(new Coordinate[] {new Coordinate(west, 34), new Coordinate(west, 34.005),
        new Coordinate(west + 0.005, 34.005), new Coordinate(west + 0.005, 34), new Coordinate(west, 34)});
    MultiPolygon square = WGS84.createMultiPolygon(new Polygon[] {p});
    return new FeatureRow(code, v, square, 1000.0, "EPSG:4326", "fixture", 1, Map.of());
  }
}
