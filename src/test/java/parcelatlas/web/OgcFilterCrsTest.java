package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Part 3 {@code filter-crs}: geometry literals in EPSG:4527 (northing first) and EPSG:4326 (latitude
 * first) select exactly what the same ground selects in CRS84. The expected sets are computed here,
 * independently of the portal's own transforms: every parcel is taken to EPSG:4527 with GDAL's
 * {@code gdaltransform} and intersected with the area in that plane by JTS.
 */
@Tag("database")
class OgcFilterCrsTest {
  private static final String ITEMS = "/ogc/collections/parcels/items?limit=" + 2000 + "&filter=";
  private static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";
  private static final GeometryFactory PLANE = new GeometryFactory();
  private static Storage storage;
  private static RunningApp app;
  private static parcelatlas.testing.ApiClient staff;
  private static Map<Long, Geometry> parcelsInGk;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
    parcelsInGk = parcelsIn4527ByGdal();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void a_polygon_in_gauss_krueger_or_latitude_first_selects_what_the_same_area_selects_in_crs84() {
    Polygon area = pentagonAroundTheMiddleParcel();
    Set<Long> expected = intersecting(area);
    assertTrue(expected.size() > 3 && expected.size() < parcelsInGk.size() / 4, expected.toString());
    List<double[]> eastNorth = new ArrayList<>();
    for (Coordinate c : area.getCoordinates()) {
      eastNorth.add(new double[] {c.x, c.y});
    }
    List<double[]> lonLat = GdalCrsReference.toWgs84(4527, eastNorth);

    String northFirst = polygon(eastNorth, p -> p[1] + " " + p[0]);
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + northFirst + ")", EPSG + "4527"));
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + northFirst + ")", "EPSG:4527"));
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + polygon(lonLat, p -> p[0] + " " + p[1]) + ")", null));
    String latFirst = polygon(lonLat, p -> p[1] + " " + p[0]);
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + latFirst + ")", EPSG + "4326"));
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + latFirst + ")", "[EPSG:4490]"));
  }

  @Test
  void a_bbox_literal_in_gauss_krueger_is_the_projected_rectangle_not_a_longitude_latitude_box() {
    Envelope box = new Envelope(parcelsInGk.values().stream().skip(parcelsInGk.size() / 3).findFirst()
        .orElseThrow().getCentroid().getCoordinate());
    box.expandBy(700, 500);
    Set<Long> expected = intersecting(PLANE.toGeometry(box));
    assertTrue(expected.size() > 3, expected.toString());
    String literal = String.format(Locale.ROOT, "BBOX(%.3f, %.3f, %.3f, %.3f)", box.getMinY(), box.getMinX(),
        box.getMaxY(), box.getMaxX());
    assertEquals(expected, ids("S_INTERSECTS(geometry, " + literal + ") AND code IS NOT NULL", EPSG + "4527"));
  }

  @Test
  void a_latitude_first_bbox_literal_is_the_same_box_as_in_crs84() {
    Set<Long> crs84 = ids("S_INTERSECTS(geometry, BBOX(117.25, 34.65, 117.35, 34.75))", null);
    assertTrue(crs84.size() > 3, crs84.toString());
    assertEquals(crs84, ids("S_INTERSECTS(geometry, BBOX(34.65, 117.25, 34.75, 117.35))", EPSG + "4326"));
    assertEquals(crs84, ids("S_INTERSECTS(geometry, BBOX(34.65, 117.25, 34.75, 117.35))", "EPSG:4490"));
  }

  @Test
  void a_long_projected_edge_is_cut_into_pieces_whose_ends_gdal_puts_in_the_same_places() {
    double[][] eastNorth = {{39_480_000, 3_830_000}, {39_500_000, 3_845_000}};
    Geometry written = PLANE.createLineString(new Coordinate[] {
        new Coordinate(eastNorth[0][1], eastNorth[0][0]), new Coordinate(eastNorth[1][1], eastNorth[1][0])});
    Geometry lonLat = OgcCrs.parse("filter-crs", "EPSG:4527").toLonLat(written);
    assertEquals(OgcCrs.STEPS + 1, lonLat.getNumPoints(), "a 25 km edge is cut into the most pieces");
    List<double[]> along = new ArrayList<>();
    for (int k = 0; k <= OgcCrs.STEPS; k++) {
      double t = (double) k / OgcCrs.STEPS;
      along.add(new double[] {eastNorth[0][0] + (eastNorth[1][0] - eastNorth[0][0]) * t,
          eastNorth[0][1] + (eastNorth[1][1] - eastNorth[0][1]) * t});
    }
    List<double[]> gdal = GdalCrsReference.toWgs84(4527, along);
    Coordinate[] got = lonLat.getCoordinates();
    for (int k = 0; k <= OgcCrs.STEPS; k++) {
      assertEquals(gdal.get(k)[0], got[k].x, 1e-7, "longitude of point " + k);
      assertEquals(gdal.get(k)[1], got[k].y, 1e-7, "latitude of point " + k);
    }
    Geometry shortEdge = PLANE.createLineString(new Coordinate[] {new Coordinate(3_830_000, 39_480_000),
        new Coordinate(3_830_060, 39_480_080)});
    assertEquals(5, OgcCrs.parse("filter-crs", "EPSG:4527").toLonLat(shortEdge).getNumPoints(), "100 m: 4 pieces");
  }

  @Test
  void a_bad_filter_crs_or_coordinates_outside_it_are_a_400_that_says_so() {
    for (String crs : List.of("EPSG:4214", "http://www.opengis.net/def/crs/EPSG/0/32650", "CRS:85")) {
      String message = error("S_INTERSECTS(geometry, POINT(34.7 117.3))", crs);
      assertTrue(message.startsWith("filter-crs '" + crs + "' is not supported"), message);
      assertTrue(message.contains(OgcCrs.CRS84_URI) && message.contains(EPSG + "{4326, 4490, 3857, 4491 to 4554}"),
          message);
    }
    String lonFirst = error("S_INTERSECTS(geometry, POINT(117.3 34.7))", "EPSG:4326");
    assertTrue(lonFirst.contains("outside the range of " + EPSG + "4326, whose coordinates are latitude, longitude"),
        lonFirst);
    String eastFirst = error("S_INTERSECTS(geometry, POINT(39500000 3840000))", EPSG + "4527");
    assertTrue(eastFirst.contains("whose coordinates are northing, easting in metres at character"), eastFirst);
    app.json("/ogc/collections/parcels/items?filter-crs=EPSG:4527&filter="
        + q("S_INTERSECTS(geometry, POINT(3840000 39500000))"), 200);
  }

  private static String error(String filter, String crs) {
    return staff.json("/ogc/collections/parcels/items?filter-crs=" + q(crs) + "&filter=" + q(filter), 400)
        .get("description").asText();
  }

  private static Set<Long> ids(String filter, String crs) {
    String url = ITEMS + q(filter) + (crs == null ? "" : "&filter-crs=" + q(crs));
    JsonNode page = staff.json(url, 200);
    Set<Long> ids = new TreeSet<>();
    page.get("features").forEach(f -> ids.add(f.get("id").asLong()));
    assertEquals(ids.size(), page.get("numberMatched").asInt(), "one page holds them all");
    return ids;
  }

  /**
   * The parcels intersecting the area in the EPSG:4527 plane. No parcel comes within 5 cm of the
   * area's edge without crossing it, so centimetre differences between transforms cannot matter.
   */
  private static Set<Long> intersecting(Geometry area) {
    Geometry shrunk = area.buffer(-0.05);
    Geometry grown = area.buffer(0.05);
    Set<Long> ids = new TreeSet<>();
    parcelsInGk.forEach((id, g) -> {
      boolean hit = g.intersects(area);
      assertEquals(hit, g.intersects(shrunk), "parcel " + id + " grazes the area's edge: move the area");
      assertEquals(hit, g.intersects(grown), "parcel " + id + " grazes the area's edge: move the area");
      if (hit) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** An irregular pentagon, 400 to 900 m across, around the middle parcel, in EPSG:4527 easting/northing. */
  private static Polygon pentagonAroundTheMiddleParcel() {
    Coordinate centre = parcelsInGk.values().stream().skip(parcelsInGk.size() / 2).findFirst().orElseThrow()
        .getCentroid().getCoordinate();
    double[] radii = {610, 380, 905, 470, 730};
    Coordinate[] ring = new Coordinate[6];
    for (int i = 0; i < 5; i++) {
      double angle = Math.toRadians(17 + 72 * i);
      ring[i] = new Coordinate(centre.x + radii[i] * Math.cos(angle), centre.y + radii[i] * Math.sin(angle));
    }
    ring[5] = ring[0];
    return PLANE.createPolygon(ring);
  }

  private static String polygon(List<double[]> ring, Function<double[], String> pair) {
    List<String> points = ring.stream().map(pair).toList();
    return "POLYGON((" + String.join(", ", points) + "))";
  }

  /** Every parcel, read from the database as WGS84 and taken to EPSG:4527 by gdaltransform in one run. */
  private static Map<Long, Geometry> parcelsIn4527ByGdal() {
    Map<Long, Geometry> lonLat = new LinkedHashMap<>();
    List<double[]> points = new ArrayList<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT id, ST_AsBinary(geom) AS wkb FROM parcels ORDER BY id")) {
      try {
        Geometry g = new WKBReader().read((byte[]) row.get("wkb"));
        lonLat.put(((Number) row.get("id")).longValue(), g);
        for (Coordinate c : g.getCoordinates()) {
          points.add(new double[] {c.x, c.y});
        }
      } catch (ParseException e) {
        throw new AssertionError(e);
      }
    }
    List<double[]> gk = GdalCrsReference.fromWgs84(4527, points);
    int[] next = {0};
    Map<Long, Geometry> result = new LinkedHashMap<>();
    lonLat.forEach((id, g) -> {
      Geometry copy = g.copy();
      copy.apply(new CoordinateSequenceFilter() {
        @Override
        public void filter(CoordinateSequence seq, int i) {
          double[] p = gk.get(next[0]++);
          seq.setOrdinate(i, CoordinateSequence.X, p[0]);
          seq.setOrdinate(i, CoordinateSequence.Y, p[1]);
        }

        @Override
        public boolean isDone() {
          return false;
        }

        @Override
        public boolean isGeometryChanged() {
          return true;
        }
      });
      result.put(id, copy);
    });
    assertEquals(points.size(), next[0]);
    return result;
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
