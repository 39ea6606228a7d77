package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** Drawn polygons: what is accepted, what is repaired, and refusals that say what is wrong. */
class DrawnPolygonTest {
  private static final String SQUARE = "[[117.30,34.70],[117.32,34.70],[117.32,34.72],[117.30,34.72],[117.30,34.70]]";

  private static String refusal(String json) {
    return assertThrows(IllegalArgumentException.class, () -> DrawnPolygon.parse(json)).getMessage();
  }

  @Test
  void a_polygon_is_read_as_wgs84_lon_lat() throws Exception {
    DrawnPolygon p = DrawnPolygon.parse("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
    assertTrue(p.geometry().equalsExact(new WKTReader().read(
        "POLYGON ((117.3 34.7, 117.32 34.7, 117.32 34.72, 117.3 34.72, 117.3 34.7))")), p.geometry().toText());
    assertEquals(4326, p.geometry().getSRID());
    assertTrue(p.repair().isEmpty());
  }

  @Test
  void a_feature_holding_a_multipolygon_is_accepted() {
    DrawnPolygon p = DrawnPolygon.parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
        + "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + SQUARE.replace("117.3", "117.4") + "]]}}");
    assertEquals(2, p.geometry().getNumGeometries());
  }

  @Test
  void a_bow_tie_is_repaired_and_the_repair_is_reported() {
    DrawnPolygon p = DrawnPolygon.parse("{\"type\":\"Polygon\",\"coordinates\":"
        + "[[[117.30,34.70],[117.32,34.72],[117.32,34.70],[117.30,34.72],[117.30,34.70]]]}");
    assertTrue(p.geometry().isValid());
    assertEquals(0.0002, p.geometry().getArea(), 1e-9);
    assertTrue(p.repair().orElseThrow().startsWith("within: the polygon was not valid (Self-intersection"),
        p.repair().orElseThrow());
  }

  @Test
  void refusals_name_the_option_and_the_problem() {
    assertEquals("within: must be a GeoJSON Polygon or MultiPolygon, not 'Point'",
        refusal("{\"type\":\"Point\",\"coordinates\":[117.3,34.7]}"));
    assertTrue(refusal("{\"type\":\"Polygon\"").startsWith("within: not valid JSON"));
    assertEquals("within: ring 1 of polygon 1 is not closed: its first and last positions differ",
        refusal("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE.replace("[117.30,34.70]]", "[117.30,34.71]]") + "]}"));
    assertEquals("within: position 2 of ring 1 of polygon 1 (217.32, 34.7) is outside longitude ±180 / latitude ±90;"
        + " send WGS84 longitude, latitude",
        refusal("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE.replace("[117.32,34.70]", "[217.32,34.70]") + "]}"));
    assertEquals("within: ring 1 of polygon 1 needs at least 4 positions",
        refusal("{\"type\":\"Polygon\",\"coordinates\":[[[117.3,34.7],[117.4,34.7],[117.3,34.7]]]}"));
    assertEquals("within: position 3 of ring 1 of polygon 1 is not [longitude, latitude]",
        refusal("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE.replace("[117.32,34.72]", "[\"117.32\",34.72]") + "]}"));
    assertEquals("within: the area encloses nothing (zero area)",
        refusal("{\"type\":\"Polygon\",\"coordinates\":[[[117.3,34.7],[117.4,34.7],[117.5,34.7],[117.3,34.7]]]}"));
  }

  private static String circle(int positions) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < positions - 1; i++) {
      double a = 2 * Math.PI * i / (positions - 1);
      ring.append('[').append(117.3 + 0.01 * Math.cos(a)).append(',').append(34.7 + 0.01 * Math.sin(a)).append("],");
    }
    return ring.append("[117.31,34.7]]]}").toString();
  }

  @Test
  void two_thousand_vertices_are_accepted_and_more_refused() {
    assertEquals(DrawnPolygon.MAX_VERTICES, DrawnPolygon.parse(circle(DrawnPolygon.MAX_VERTICES)).geometry().getNumPoints());
    assertEquals("within: more than 2000 vertices; simplify the area or draw it again",
        refusal(circle(DrawnPolygon.MAX_VERTICES + 1)));
  }
}
