package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** GCJ-02 against the published WGS84 → GCJ-02 pairs in {@code src/test/resources/gcj02}. */
class Gcj02Test {
  private static JsonNode points() throws Exception {
    try (InputStream in = Gcj02Test.class.getResourceAsStream("/gcj02/reference.json")) {
      return new ObjectMapper().readTree(in).get("points");
    }
  }

  @Test
  void the_forward_offset_matches_every_published_pair() throws Exception {
    for (JsonNode p : points()) {
      double[] gcj = Gcj02.fromWgs84(p.get("wgs84").get(0).asDouble(), p.get("wgs84").get(1).asDouble());
      assertEquals(p.get("gcj02").get(0).asDouble(), gcj[0], 1e-9, p.get("name").asText());
      assertEquals(p.get("gcj02").get(1).asDouble(), gcj[1], 1e-9, p.get("name").asText());
    }
  }

  @Test
  void reprojecting_from_gcj02_lands_on_the_published_wgs84_point_within_a_millimetre() throws Exception {
    Reprojector fromGcj = Reprojector.of(Crs.parseSource("GCJ-02"), Crs.WGS84);
    for (JsonNode p : points()) {
      Coordinate wgs = fromGcj.apply(new Coordinate(p.get("gcj02").get(0).asDouble(), p.get("gcj02").get(1).asDouble()));
      assertEquals(p.get("wgs84").get(0).asDouble(), wgs.x, 1e-8, p.get("name").asText());
      assertEquals(p.get("wgs84").get(1).asDouble(), wgs.y, 1e-8, p.get("name").asText());
    }
  }

  @Test
  void outside_china_nothing_moves_and_the_name_is_read_in_its_usual_spellings() {
    assertEquals(2.35, Gcj02.toWgs84(2.35, 48.85)[0]);
    for (String name : new String[] {"GCJ-02", "gcj02", " GCJ02 "}) {
      assertEquals("GCJ-02", Crs.parseSource(name).code());
    }
    assertEquals("EPSG:4527", Crs.parseSource("EPSG:4527").code());
  }
}
