package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.App;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.AreaCounts;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Exports by park and by drawn polygon, read back by GDAL and counted against JTS over every
 * feature; the GeoPackage's R-tree as GDAL sees it; refusals; anonymous scoping.
 */
@Tag("database")
class AreaExportTest {
  /** A drawn area across the west of park QL-P01 and beyond it. */
  static final String AREA_WKT = "POLYGON ((117.34 34.70, 117.365 34.695, 117.37 34.73, 117.35 34.74, 117.34 34.70))";
  static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[117.34,34.70],[117.365,34.695],[117.37,34.73],"
      + "[117.35,34.74],[117.34,34.70]]]}";
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void load() {
    db = TestDatabases.freshUrl();
    storage = parcelatlas.storage.Databases.open(db, null, null);
    parcelatlas.demo.DemoLoader.load(storage, new PrintWriter(new StringWriter()));
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void close() {
    app.close();
    storage.close();
  }

  private static long expected(Storage storage, String table, Geometry area, boolean publicOnly) {
    return AreaCounts.intersecting(storage, table, area, publicOnly);
  }

  private static Geometry park(Storage storage, String code) {
    return AreaCounts.park(storage, code);
  }

  private static String cli(String name, String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--out", dir.resolve(name).toString(), "--db", db));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
    return status + " " + out + err;
  }

  private static long featureCount(Path file, String layer, String... extra) {
    List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-so"));
    command.addAll(List.of(extra));
    command.addAll(List.of(file.toString(), layer));
    String summary = Gdal.run(command.toArray(String[]::new));
    return Long.parseLong(summary.replaceAll("(?s).*Feature Count: (\\d+).*", "$1"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void a_park_export_in_gauss_kruger_holds_exactly_the_parcels_touching_the_park() throws Exception {
    assertTrue(cli("p01.gpkg", "--layer", "parcels", "--format", "gpkg", "--crs", "EPSG:4527", "--park", "QL-P01")
        .startsWith("0 "));
    long expected = expected(storage, "parcels", park(storage, "QL-P01"), false);
    assertTrue(expected > 50 && expected < Sql.count(storage, "parcels"), "a real subset: " + expected);
    assertEquals(expected, featureCount(dir.resolve("p01.gpkg"), "parcels"));
  }

  @Test
  void a_drawn_polygon_from_a_file_exports_what_it_touches() throws Exception {
    Path area = Files.writeString(dir.resolve("area.geojson"), AREA);
    assertTrue(cli("drawn.zip", "--layer", "parcels", "--format", "shp", "--within", area.toString()).startsWith("0 "));
    Path folder = dir.resolve("drawn");
    Gdal.run("ogr2ogr", folder.toString(), "/vsizip/" + dir.resolve("drawn.zip"));
    long expected = expected(storage, "parcels", new WKTReader().read(AREA_WKT), false);
    assertTrue(expected > 10, "the area touches parcels: " + expected);
    assertEquals(expected, featureCount(folder.resolve("parcels.shp"), "parcels"));
  }

  @Test
  void the_cli_refuses_an_unknown_park_and_writes_nothing() {
    String result = cli("none.gpkg", "--layer", "parcels", "--format", "gpkg", "--park", "QL-P99");
    assertTrue(!result.startsWith("0 ") && result.contains("park: there is no park with the code 'QL-P99'"), result);
    assertTrue(!Files.exists(dir.resolve("none.gpkg")));
  }

  @Test
  void the_geopackage_has_an_rtree_gdal_uses_and_keeps_up_to_date() throws Exception {
    assertTrue(cli("all.gpkg", "--layer", "parcels", "--format", "gpkg", "--crs", "EPSG:4527").startsWith("0 "));
    Path gpkg = dir.resolve("all.gpkg");
    String has = Gdal.run("ogrinfo", "-ro", gpkg.toString(), "-sql", "SELECT HasSpatialIndex('parcels', 'geom')");
    assertTrue(has.contains("HasSpatialIndex (Integer) = 1"), has);
    String rows = Gdal.run("ogrinfo", "-ro", gpkg.toString(), "-sql", "SELECT COUNT(*) AS n FROM rtree_parcels_geom");
    assertTrue(rows.contains("n (Integer) = " + Sql.count(storage, "parcels")), rows);
    String spat = "39532000 3841500 39534000 3843500";
    long inBox = featureCount(gpkg, "parcels", "-spat", "39532000", "3841500", "39534000", "3843500");
    String sql = Gdal.run("ogrinfo", "-ro", gpkg.toString(), "-sql", "SELECT COUNT(*) AS n FROM rtree_parcels_geom"
        + " WHERE maxx >= 39532000 AND minx <= 39534000 AND maxy >= 3841500 AND miny <= 3843500");
    assertTrue(inBox > 0 && sql.contains("n (Integer) = " + inBox), spat + ": " + inBox + " vs " + sql);
    Gdal.run("ogrinfo", gpkg.toString(), "-sql", "DELETE FROM parcels WHERE fid = 1");
    String after = Gdal.run("ogrinfo", "-ro", gpkg.toString(), "-sql", "SELECT COUNT(*) AS n FROM rtree_parcels_geom");
    assertTrue(after.contains("n (Integer) = " + (Sql.count(storage, "parcels") - 1)), "the delete trigger ran: " + after);
  }

  @Test
  void anonymous_park_exports_still_hold_only_public_parcels() throws Exception {
    HttpResponse<String> csv = app.get("/api/export?layer=parcels&format=csv&park=QL-P01");
    assertEquals(200, csv.statusCode(), csv.body());
    List<String> lines = csv.body().lines().skip(1).toList();
    assertEquals(expected(storage, "parcels", park(storage, "QL-P01"), true), lines.size());
    lines.forEach(l -> assertTrue(l.contains(",available,") || l.contains(",listed,"), l));
    assertEquals(lines.size(), ApiClient.parse(app.get("/api/export/count?layer=parcels&park=QL-P01").body())
        .get("numberMatched").asLong());
    long staff = app.staff().json("/api/export/count?layer=parcels&park=QL-P01", 200).get("numberMatched").asLong();
    assertEquals(expected(storage, "parcels", park(storage, "QL-P01"), false), staff);
  }

  @Test
  void a_polygon_may_come_in_the_url_a_form_or_json_and_a_signed_in_post_needs_the_csrf_token() throws Exception {
    long expected = expected(storage, "parcels", new WKTReader().read(AREA_WKT), false);
    ApiClient staff = app.staff();
    assertEquals(expected + 1, staff.get("/api/export?layer=parcels&format=csv&within=" + enc(AREA)).body().lines().count());
    HttpResponse<String> form = staff.post("/api/export", "application/x-www-form-urlencoded",
        "layer=parcels&format=csv&within=" + enc(AREA));
    assertEquals(expected + 1, form.body().lines().count(), form.body());
    HttpResponse<String> json = staff.post("/api/export/count", "application/json",
        "{\"layer\": \"parcels\", \"within\": " + AREA + "}");
    assertEquals(expected, ApiClient.parse(json.body()).get("numberMatched").asLong(), json.body());
    assertEquals(403, staff.postWithoutCsrf("/api/export", "application/x-www-form-urlencoded",
        "layer=parcels&format=csv&within=" + enc(AREA)).statusCode());
    assertEquals(400, staff.post("/api/export?layer=parcels", "application/x-www-form-urlencoded", "format=csv").statusCode());
  }

  @Test
  void bad_areas_are_refused_with_what_is_wrong() {
    HttpResponse<String> park = app.get("/api/export?layer=parcels&format=csv&park=" + enc("QL-P99' OR 1=1"));
    assertEquals(400, park.statusCode());
    assertTrue(park.body().contains("no park with the code 'QL-P99' OR 1=1'"), park.body());
    HttpResponse<String> open = app.get("/api/export?layer=parcels&format=csv&within="
        + enc("{\"type\":\"Polygon\",\"coordinates\":[[[117.3,34.7],[117.4,34.7],[117.4,34.8],[117.3,34.8]]]}"));
    assertEquals(400, open.statusCode());
    assertTrue(open.body().contains("within: ring 1 of polygon 1 is not closed"), open.body());
    assertEquals(400, app.get("/api/export/count?layer=parcels&within=" + enc("{\"type\":\"LineString\"}")).statusCode());
    HttpResponse<String> bowTie = app.get("/api/export?layer=parks&format=csv&within=" + enc("{\"type\":\"Polygon\","
        + "\"coordinates\":[[[117.30,34.70],[117.40,34.80],[117.40,34.70],[117.30,34.80],[117.30,34.70]]]}"));
    assertEquals(200, bowTie.statusCode());
    assertTrue(bowTie.headers().firstValue("X-Export-Notes").orElse("").contains("repaired"), bowTie.headers().toString());
  }
  /**
   * A band from longitude -180 to 180 measures about 0 km² on the ellipsoid (its -180 → 180 edges
   * have no length), but the databases read it as the planar polygon it is: every park in the
   * band. Both the count and the export refuse it, naming {@code within}, in the viewer's language.
   */
  @Test
  void a_band_around_the_world_is_refused_as_the_query_would_read_it() {
    String band = "{\"type\":\"Polygon\",\"coordinates\":[[[-180,30],[180,30],[180,40],[-180,40],[-180,30]]]}";
    HttpResponse<String> count = app.get("/api/export/count?layer=parks&within=" + enc(band));
    assertEquals(400, count.statusCode(), count.body());
    assertTrue(count.body().contains("\"AreaTooLarge\"") && count.body().contains("within: "), count.body());
    HttpResponse<String> export = app.get("/api/export?layer=parks&format=csv&within=" + enc(band));
    assertEquals(400, export.statusCode(), export.body());
    assertTrue(export.body().contains("within: "), export.body());
  }
}
