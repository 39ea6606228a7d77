package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.App;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * {@code import} on the command line: good files land with exit status 0; every file of the
 * bad-input corpus ends in one clear message naming the file (and record and field where there
 * is one), exit status 1, no stack trace, and nothing written.
 */
@Tag("database")
class ImportCommandTest {
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;
  private static BadInputCorpus corpus;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void createDatabase() {
    db = TestDatabases.freshUrl();
    storage = Databases.open(db, null, null);
    corpus = new BadInputCorpus(dir);
  }

  @AfterAll
  static void close() {
    storage.close();
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

  private static void refused(Result result, String... expected) {
    assertEquals(1, result.status(), result.out() + result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    for (String text : expected) {
      assertTrue(result.err().contains(text), "expected '" + text + "' in: " + result.err());
    }
    assertEquals(0, Sql.count(storage, "parcels"), "nothing written");
  }

  @Test
  void a_truncated_shp_is_refused() throws Exception {
    refused(run("import", "--layer", "parcels", corpus.truncatedShp().toString()), "parcels.shp", "truncated");
  }

  @Test
  void a_shapefile_without_its_dbf_or_shx_is_refused() throws Exception {
    refused(run("import", "--layer", "parcels", corpus.copyOfDemoParcels("no-dbf", ".dbf").toString()), ".dbf");
    refused(run("import", "--layer", "parcels", corpus.copyOfDemoParcels("no-shx", ".shx").toString()), ".shx");
  }

  @Test
  void an_unknown_crs_is_refused_and_the_message_says_how_to_name_one() throws Exception {
    refused(run("import", "--layer", "parcels", corpus.unknownCrs().toString()), "parcels.shp", "--crs");
  }

  @Test
  void a_shapefile_without_prj_is_refused_until_its_crs_is_named() throws Exception {
    Path folder = corpus.copyOfDemoParcels("no-prj", ".prj");
    refused(run("import", "--layer", "parcels", folder.toString()), "--crs");
    Result named = run("import", "--layer", "parcels", "--crs", "EPSG:4527", "--dry-run", folder.toString());
    assertEquals(0, named.status(), named.err());
    assertTrue(named.out().contains("EPSG:4527 (from option)"), named.out());
  }

  @Test
  void the_wrong_encoding_is_refused_naming_the_field() throws Exception {
    Path folder = corpus.copyOfDemoParcels("gbk-as-utf8");
    refused(run("import", "--layer", "parcels", "--encoding", "UTF-8", folder.toString()),
        "parcels.dbf, field #1", "not valid UTF-8", "--encoding");
  }

  @Test
  void a_record_without_geometry_is_refused_naming_its_record() {
    Path shp = corpus.written("null-geometry", null, "T-002", "挂牌中");
    refused(run("import", "--layer", "parcels", shp.toString()), "null-geometry.shp, record 2", "no geometry");
  }

  @Test
  void a_value_outside_the_allowed_codes_is_refused_naming_record_and_field() {
    Path shp = corpus.written("bad-status", BadInputCorpus.square(39_521_000, 3_840_000, 80), "T-002", "卖掉了");
    refused(run("import", "--layer", "parcels", shp.toString()), "record 2, field 供地状态", "卖掉了", "净地可供");
  }

  @Test
  void a_self_intersecting_polygon_is_repaired_and_listed() {
    Path shp = corpus.written("bow-tie", BadInputCorpus.bowTie(39_522_000, 3_840_000, 90), "T-BOW", "储备");
    Result result = run("import", "--layer", "parcels", "--dry-run", shp.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("repaired 1"), result.out());
    assertTrue(result.out().contains("T-BOW"), result.out());
    assertEquals(0, Sql.count(storage, "parcels"), "a dry run writes nothing");
  }

  @Test
  void zips_with_no_shapefile_or_two_are_refused() throws Exception {
    refused(run("import", "--layer", "parcels", corpus.zip("empty.zip", "readme.txt").toString()), "empty.zip");
    Path two = corpus.zip("two.zip", "parcels.shp", "parcels.shx", "parcels.dbf", "parks.shp", "parks.shx", "parks.dbf");
    refused(run("import", "--layer", "parcels", two.toString()), "two.zip", "parks.shp");
  }

  @Test
  void random_bytes_are_refused() throws Exception {
    refused(run("import", "--layer", "parcels", corpus.randomBytes("noise.zip").toString()), "noise.zip");
    refused(run("import", "--layer", "parcels", corpus.randomShapefile().toString()), "noise.shp");
  }

  @Test
  void a_file_missing_a_required_field_is_refused_before_reading_records() {
    refused(run("import", "--layer", "projects", DemoData.file("parcels.shp").toString()), "项目编号");
  }

  @Test
  void importing_a_good_zip_lands_and_exits_zero() throws Exception {
    Path zip = corpus.zip("parks.zip", "PARKS.SHP", "parks.shx", "parks.dbf", "parks.prj", "parks.cpg");
    Result result = run("import", "--layer", "parks", zip.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("EPSG:4527"), result.out());
    assertTrue(Sql.count(storage, "parks") > 0);
  }

  @Test
  void a_mapping_file_feeds_a_file_with_its_own_field_names() throws Exception {
    Path geojson = dir.resolve("zones-own-names.geojson");
    java.nio.file.Files.writeString(geojson, """
        {"type": "FeatureCollection", "features": [{"type": "Feature",
          "properties": {"ZONE_NO": "Z-900", "ZONE_NAME": "东湖村片区", "TOWN": "东湖街道", "HH": 120},
          "geometry": {"type": "Polygon", "coordinates": [[[117.30, 34.70], [117.31, 34.70],
            [117.31, 34.71], [117.30, 34.71], [117.30, 34.70]]]}}]}
        """);
    refused(run("import", "--layer", "demolition-zones", "--dry-run", geojson.toString()), "'code'");
    Path mapping = dir.resolve("zones.mapping");
    java.nio.file.Files.writeString(mapping, "ZONE_NO = code\nZONE_NAME = name\nTOWN = township\nHH = target_households\n");
    Result result = run("import", "--layer", "demolition-zones", "--mapping", mapping.toString(), geojson.toString());
    assertEquals(0, result.status(), result.err());
    assertEquals("东湖村片区", Sql.rows(storage, "SELECT name FROM demolition_zones WHERE code = 'Z-900'").get(0).get("name"));
    assertEquals(120L, ((Number) Sql.rows(storage, "SELECT target_households AS n FROM demolition_zones").get(0).get("n")).longValue());
    java.nio.file.Files.writeString(mapping, "ZONE_NO = zone_code\n");
    refused(run("import", "--layer", "demolition-zones", "--mapping", mapping.toString(), geojson.toString()),
        "zones.mapping", "zone_code", "township");
  }

  @Test
  void every_command_has_help() {
    for (String command : List.of("serve", "import", "demo")) {
      StringWriter out = new StringWriter();
      int status = App.commandLine().setOut(new PrintWriter(out)).execute(command, "--help");
      assertEquals(0, status);
      assertTrue(out.toString().contains("--db"), out.toString());
    }
  }
}
