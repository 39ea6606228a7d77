package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.photos.SiteDistance;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;

/**
 * Brute force, for comparing with {@code context_distances}: every parcel against every point of
 * every kind, measured as a plot's facts are ({@link SiteDistance}), the least within 300 km (ties:
 * the smaller point code). Keys "parcel code/kind", values "point code metres".
 */
final class ContextOracle {
  private ContextOracle() {}

  /** The nearest point of each kind for every parcel, or for the parcels matching {@code where} (SQL on p). */
  static Map<String, String> fresh(Storage storage, String where) throws Exception {
    List<Map<String, Object>> points = Sql.rows(storage,
        "SELECT kind, code, ST_X(geom) AS x, ST_Y(geom) AS y FROM context_points ORDER BY code");
    Map<String, String> nearest = new TreeMap<>();
    Map<String, Double> best = new TreeMap<>();
    for (Map<String, Object> p : Sql.rows(storage, "SELECT code, ST_AsBinary(geom) AS g FROM parcels p WHERE " + where)) {
      Geometry plot = new WKBReader().read((byte[]) p.get("g"));
      for (Map<String, Object> c : points) {
        double m = SiteDistance.metres(((Number) c.get("x")).doubleValue(), ((Number) c.get("y")).doubleValue(), plot);
        String key = p.get("code") + "/" + c.get("kind");
        if (m <= ContextPointIndex.MAX_M && (!best.containsKey(key) || m < best.get(key))) {
          best.put(key, m);
          nearest.put(key, c.get("code") + " " + m);
        }
      }
    }
    return nearest;
  }

  /** The stored rows in the same form, for the parcels matching {@code where}. */
  static Map<String, String> stored(Storage storage, String where) {
    Map<String, String> rows = new TreeMap<>();
    for (Map<String, Object> r : Sql.rows(storage, "SELECT d.parcel_code, d.kind, c.code, d.metres FROM context_distances d"
        + " LEFT JOIN context_points c ON c.id = d.point_id WHERE d.parcel_code IN (SELECT code FROM parcels p WHERE "
        + where + ")")) {
      String key = r.get("parcel_code") + "/" + r.get("kind");
      String value = r.get("code") + " " + ((Number) r.get("metres")).doubleValue();
      assertEquals(null, rows.put(key, value), "one row per parcel and kind: " + key);
    }
    return rows;
  }

  /** Asserts the stored rows equal brute force for every parcel, and that no row names a parcel that is gone. */
  static void assertCurrent(Storage storage, String after) throws Exception {
    assertEquals(fresh(storage, "1 = 1"), stored(storage, "1 = 1"), after);
    assertEquals(0L, Sql.count(storage, "context_distances d WHERE NOT EXISTS (SELECT 1 FROM parcels p"
        + " WHERE p.code = d.parcel_code)"), after + ": rows of parcels that are gone");
    assertEquals(0L, Sql.count(storage, "context_stale"), after + ": nothing left noted stale");
  }
}
