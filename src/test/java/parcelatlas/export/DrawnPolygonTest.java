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

  /** A star polygon {n/k}: every edge crosses most others, about n²/4 crossings in all. */
  static String star(int points, int step, double radius) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i <= points; i++) {
      double a = 2 * Math.PI * ((long) i * step % points) / points;
      ring.append(i == 0 ? "" : ",").append('[').append(117.3 + radius * Math.cos(a)).append(',')
          .append(34.7 + radius * Math.sin(a)).append(']');
    }
    return ring.append("]]}").toString();
  }

  @Test
  void a_star_of_2000_vertices_crossing_itself_a_million_times_is_refused_before_any_repair() {
    assertEquals("within: its edges cross each other more than 100 times; draw the outline again without crossing lines",
        refusal(star(1999, 999, 0.05)));
    assertEquals("within: its edges cross each other more than 100 times; draw the outline again without crossing lines",
        refusal(star(301, 150, 0.05)));
  }

  @Test
  void a_few_crossings_are_repaired_within_the_bounds() {
    DrawnPolygon p = DrawnPolygon.parse(star(5, 2, 0.05));
    assertTrue(p.geometry().isValid());
    assertTrue(p.repair().isPresent());
  }

  @Test
  void an_area_larger_than_a_city_is_refused_with_the_bound() {
    String message = refusal("{\"type\":\"Polygon\",\"coordinates\":[[[116,34],[118,34],[118,36],[116,36],[116,34]]]}");
    assertTrue(message.startsWith("within: the area is 40,") && message.contains("km², more than 20,000 km²"), message);
  }

  @Test
  void more_than_a_hundred_rings_are_refused() {
    StringBuilder multi = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
    for (int i = 0; i < 101; i++) {
      multi.append(i == 0 ? "" : ",").append("[").append(SQUARE.replace("117.3", String.valueOf(100 + i * 0.1)))
          .append("]");
    }
    assertEquals("within: more than 100 rings (outlines and holes); draw fewer", refusal(multi.append("]}").toString()));
  }
  private static String polygon(String ring) {
    return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
  }

  @Test
  void a_band_from_minus_180_to_180_is_measured_as_the_query_reads_it_and_refused() {
    String message = refusal(polygon("[[-180,-10],[180,-10],[180,10],[-180,10],[-180,-10]]"));
    assertTrue(message.startsWith("within: the area, read as the databases read it (straight edges in longitude and"
        + " latitude), is 88,"), message);
    assertTrue(message.contains("km², more than 20,000 km²"), message);
  }

  @Test
  void a_thin_box_drawn_across_the_antimeridian_is_the_long_way_round_and_refused() {
    String message = refusal(polygon("[[179.9,30],[-179.9,30],[-179.9,30.1],[179.9,30.1],[179.9,30]]"));
    assertTrue(message.contains("read as the databases read it") && message.contains("180th meridian"), message);
  }

  @Test
  void a_box_on_one_side_of_the_antimeridian_or_split_at_it_is_accepted() {
    assertEquals(0.02, DrawnPolygon.parse(polygon("[[179.7,30],[179.9,30],[179.9,30.1],[179.7,30.1],[179.7,30]]"))
        .geometry().getArea(), 1e-9);
    DrawnPolygon split = DrawnPolygon.parse("{\"type\":\"MultiPolygon\",\"coordinates\":["
        + "[[[179.9,30],[180,30],[180,30.1],[179.9,30.1],[179.9,30]]],"
        + "[[[-180,30],[-179.9,30],[-179.9,30.1],[-180,30.1],[-180,30]]]]}");
    assertEquals(0.02, split.geometry().getArea(), 1e-9);
  }

  @Test
  void repeated_points_are_harmless_and_a_ring_of_one_point_encloses_nothing() {
    DrawnPolygon p = DrawnPolygon.parse(polygon(
        "[[117.30,34.70],[117.30,34.70],[117.32,34.70],[117.32,34.72],[117.32,34.72],[117.30,34.72],[117.30,34.70]]"));
    assertEquals(0.0004, p.geometry().getArea(), 1e-9);
    assertEquals("within: the area encloses nothing (zero area)",
        refusal(polygon("[[117.3,34.7],[117.3,34.7],[117.3,34.7],[117.3,34.7]]")));
    assertEquals("within: the area encloses nothing (zero area)",
        refusal(polygon("[[-180,30],[180,30],[0,30],[-180,30]]")));
  }
}
