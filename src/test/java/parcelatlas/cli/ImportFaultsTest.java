package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.App;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Faults found importing real files: each ends in one {@code error:} message naming the file,
 * record and field where there is one, exit status 1, no stack trace, nothing written.
 */
@Tag("database")
class ImportFaultsTest {
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void createDatabase() {
    db = TestDatabases.freshUrl();
    storage = Databases.open(db, null, null);
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @AfterEach
  void empty() {
    storage.inTransaction(c -> {
      for (String table : List.of("parks", "parcels", "demolition_zones")) {
        c.createStatement().executeUpdate("DELETE FROM " + table);
      }
      return null;
    });
  }

  static Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(all.toArray(String[]::new));
    return new Result(status, out.toString(), err.toString());
  }

  static void refused(Result result, String... expected) {
    assertEquals(1, result.status(), result.out() + result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    assertFalse(result.err().contains("INSERT"), "no SQL: " + result.err());
    for (String text : expected) {
      assertTrue(result.err().contains(text), "expected '" + text + "' in: " + result.err());
    }
    assertEquals(0, Sql.count(storage, "parks") + Sql.count(storage, "parcels"), "nothing written");
  }

  /** A GeoJSON park layer of one square park with the given properties (a JSON object's members). */
  static Path parks(String name, String properties) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
        + " \"properties\": {" + properties + "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
        + " [[[117.30, 34.70], [117.31, 34.70], [117.31, 34.71], [117.30, 34.71], [117.30, 34.70]]]}}]}");
    return file;
  }

  @Test
  void a_value_longer_than_its_column_is_refused_naming_file_record_field_and_limit() throws Exception {
    Path file = parks("long-name.geojson", "\"code\": \"P-1\", \"name\": \"" + "园".repeat(201) + "\"");
    refused(run("import", "--layer", "parks", file.toString()),
        "error:", "long-name.geojson, record 1, field name", "at most 200 characters", "has 201");
    Path code = parks("long-code.geojson", "\"code\": \"" + "X".repeat(65) + "\", \"name\": \"园区\"");
    refused(run("import", "--layer", "parks", code.toString()), "record 1, field code", "at most 64");
    Path longName = parks("p".repeat(140) + ".geojson", "\"code\": \"P-1\", \"name\": \"园区\"");
    refused(run("import", "--layer", "parks", longName.toString()), "file name is longer than the 128 characters");
    Path fits = parks("fits.geojson", "\"code\": \"P-1\", \"name\": \"" + "园".repeat(200) + "\"");
    Result landed = run("import", "--layer", "parks", fits.toString());
    assertEquals(0, landed.status(), landed.err());
    assertEquals(1, Sql.count(storage, "parks"));
  }

  /** The demo parks shapefile copied into its own folder, with {@code prj} as its .prj. */
  static Path demoParks(String folder, String prj) throws Exception {
    Path dirOf = Files.createDirectories(dir.resolve(folder));
    for (String ext : List.of(".shp", ".shx", ".dbf", ".cpg")) {
      Files.copy(parcelatlas.testing.DemoData.file("parks" + ext), dirOf.resolve("parks" + ext));
    }
    Files.writeString(dirOf.resolve("parks.prj"), prj);
    return dirOf;
  }

  @Test
  void an_html_page_saved_as_prj_is_one_line_saying_it_is_not_a_crs() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\">\n<head><title>下载</title></head>\n<body>\n");
    for (int i = 0; i < 50; i++) {
      html.append("  <p>line ").append(i).append(" of a page about EPSG:4527</p>\n");
    }
    html.append("</body>\n</html>\n");
    Result result = run("import", "--layer", "parks", demoParks("html-prj", html.toString()).toString());
    refused(result, "parks.shp", "this .prj is not a CRS", "--crs");
    assertEquals(1, result.err().strip().lines().count(), result.err());
  }

  @Test
  void a_zone_number_in_the_eastings_that_the_prj_lacks_gets_the_zone_message_not_a_collapse() throws Exception {
    // the demo parks are in EPSG:4527 (zone 39, eastings 39 5xx xxx); this .prj is EPSG:4548 (CM 117E, no zone number)
    Path folder = demoParks("zone-missing", parcelatlas.geo.Crs.epsg(4548).toPrj());
    Result result = run("import", "--layer", "parks", folder.toString());
    refused(result, "parks.shp, record 1", "carries zone number 39", "--crs EPSG:4527");
    assertFalse(result.err().contains("collapses"), result.err());
  }

  @Test
  void a_mapping_line_with_nothing_after_the_equals_drops_a_field_named_like_a_portal_field() throws Exception {
    Path file = parks("own-level.geojson", "\"code\": \"P-7\", \"name\": \"东湖园\", \"level\": \"A级\"");
    refused(run("import", "--layer", "parks", file.toString()), "field level", "'A级' is not one of");
    Path mapping = dir.resolve("drop-level.mapping");
    Files.writeString(mapping, "level =\n");
    Result landed = run("import", "--layer", "parks", "--mapping", mapping.toString(), file.toString());
    assertEquals(0, landed.status(), landed.err());
    assertTrue(landed.out().contains("level"), "reported as left out: " + landed.out());
    assertEquals(null, Sql.rows(storage, "SELECT level FROM parks WHERE code = 'P-7'").get(0).get("level"));
  }

  @Test
  void a_file_digitised_on_gcj02_lands_corrected_to_wgs84() throws Exception {
    // Tiananmen as Amap shows it; published WGS84 position 116.404, 39.915 (src/test/resources/gcj02)
    Path file = dir.resolve("amap-projects.geojson");
    Files.writeString(file, "{\"type\": \"Feature\", \"properties\": {\"code\": \"X-1\", \"name\": \"天安门项目\","
        + " \"stage\": \"signed\"}, \"geometry\": {\"type\": \"Point\","
        + " \"coordinates\": [116.41024449916938, 39.91640428150164]}}");
    Result result = run("import", "--layer", "projects", "--crs", "GCJ-02", file.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("GCJ-02"), result.out());
    java.util.Map<String, Object> row = Sql.rows(storage,
        "SELECT ST_X(geom) AS x, ST_Y(geom) AS y, source_crs FROM projects WHERE code = 'X-1'").get(0);
    assertEquals(116.404, ((Number) row.get("x")).doubleValue(), 1e-8);
    assertEquals(39.915, ((Number) row.get("y")).doubleValue(), 1e-8);
    assertEquals("GCJ-02", row.get("source_crs"));
    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM projects"));
  }

  @Test
  void a_latin1_dbf_without_cpg_is_refused_until_its_encoding_is_named() throws Exception {
    Path folder = demoParks("latin1", parcelatlas.geo.Crs.epsg(4527).toPrj());
    Files.delete(folder.resolve("parks.cpg"));
    Path shp = folder.resolve("parks.shp");
    java.util.List<parcelatlas.io.shapefile.DbfField> fields = List.of(
        new parcelatlas.io.shapefile.DbfField("code", 'C', 20, 0), new parcelatlas.io.shapefile.DbfField("name", 'C', 60, 0));
    try (parcelatlas.io.shapefile.ShapefileWriter writer = new parcelatlas.io.shapefile.ShapefileWriter(shp,
        parcelatlas.io.shapefile.ShapeType.POLYGON, fields, java.nio.charset.StandardCharsets.ISO_8859_1, null)) {
      writer.write(BadInputCorpus.square(39_520_000, 3_840_000, 100), List.of("P-SP", "Parque São Paulo"));
    }
    Files.delete(folder.resolve("parks.cpg"));
    try (java.io.RandomAccessFile dbf = new java.io.RandomAccessFile(folder.resolve("parks.dbf").toFile(), "rw")) {
      dbf.seek(29);
      dbf.write(0);
    }
    refused(run("import", "--layer", "parks", folder.toString()), "parks.dbf", "S鉶 Paulo", "--encoding");
    Result landed = run("import", "--layer", "parks", "--encoding", "ISO-8859-1", folder.toString());
    assertEquals(0, landed.status(), landed.err());
    assertEquals("Parque São Paulo", Sql.rows(storage, "SELECT name FROM parks WHERE code = 'P-SP'").get(0).get("name"));
  }
}
