package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.App;
import parcelatlas.io.FeatureSource;
import parcelatlas.io.FeatureSources;
import parcelatlas.io.SourceRecord;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** Exports read back by GDAL: counts, Chinese text in GBK and UTF-8, the CRS, coordinates. */
@Tag("database")
class ExportTest {
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;

  @BeforeAll
  static void load() {
    db = TestDatabases.freshUrl();
    storage = parcelatlas.storage.Databases.open(db, null, null);
    parcelatlas.demo.DemoLoader.load(storage, new PrintWriter(new StringWriter()));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  private static Path export(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> all = new java.util.ArrayList<>(List.of("export", "--out", out.toString(), "--db", db));
    all.addAll(List.of(args));
    StringWriter err = new StringWriter();
    int status = App.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
        .execute(all.toArray(String[]::new));
    assertEquals(0, status, err.toString());
    return out;
  }

  private static Path unzip(Path zip) throws Exception {
    Path target = Files.createDirectories(dir.resolve(zip.getFileName() + "-unzipped"));
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Files.copy(in, target.resolve(e.getName()));
      }
    }
    return target;
  }

  @Test
  void a_gbk_shapefile_in_gauss_kruger_reads_back_in_gdal_with_chinese_intact_and_the_right_crs() throws Exception {
    Path folder = unzip(export("parcels-gbk.zip", "--layer", "parcels", "--format", "shp", "--crs", "EPSG:4527",
        "--encoding", "GBK"));
    Path shp = folder.resolve("parcels.shp");
    assertTrue(Files.exists(folder.resolve("parcels.cpg")) && Files.exists(folder.resolve("README.txt")));
    assertTrue(Gdal.run("gdalsrsinfo", "-o", "epsg", folder.resolve("parcels.prj").toString()).contains("EPSG:4527"));
    String summary = Gdal.run("ogrinfo", "-ro", "-so", shp.toString(), "parcels");
    assertTrue(summary.contains("Feature Count: " + Sql.count(storage, "parcels")), summary);
    Map<String, Object> row = Sql.rows(storage, "SELECT t.code, p.name FROM parcels t JOIN parks p ON p.code = t.park_code"
        + " ORDER BY t.code").get(0);
    String feature = Gdal.run("ogrinfo", "-ro", "-q", shp.toString(), "parcels", "-where", "code = '" + row.get("code") + "'");
    assertTrue(feature.contains("park_name (String) = " + row.get("name")), feature);
    assertTrue(Files.readString(folder.resolve("README.txt")).contains("invest_intensity_wan_per_mu"));
  }

  @Test
  void a_utf8_shapefile_keeps_chinese_too() throws Exception {
    Path folder = unzip(export("zones-utf8.zip", "--layer", "demolition-zones", "--format", "shp", "--crs", "EPSG:4490"));
    String names = Gdal.run("ogrinfo", "-ro", "-q", folder.resolve("demolition_zones.shp").toString(), "demolition_zones");
    String name = (String) Sql.rows(storage, "SELECT name FROM demolition_zones ORDER BY code").get(0).get("name");
    assertTrue(names.contains("name (String) = " + name), names);
    assertTrue(Gdal.run("gdalsrsinfo", "-o", "epsg", folder.resolve("demolition_zones.prj").toString()).contains("EPSG:4490"));
  }

  @Test
  void exported_gauss_kruger_coordinates_are_within_a_centimetre_of_gdals_own_transform() throws Exception {
    Path folder = unzip(export("parks-4527.zip", "--layer", "parks", "--format", "shp", "--crs", "EPSG:4527"));
    Path geojson = export("parks.geojson", "--layer", "parks", "--format", "geojson");
    Path gdal = dir.resolve("parks-gdal-4527.shp");
    Gdal.run("ogr2ogr", "-t_srs", "EPSG:4527", gdal.toString(), geojson.toString());
    Map<String, Geometry> ours = byCode(folder.resolve("parks.shp"));
    Map<String, Geometry> theirs = byCode(gdal);
    assertEquals(Sql.count(storage, "parks"), ours.size());
    double worst = 0;
    for (Map.Entry<String, Geometry> e : ours.entrySet()) {
      Coordinate[] a = e.getValue().getCoordinates();
      Coordinate[] b = theirs.get(e.getKey()).getCoordinates();
      assertEquals(a.length, b.length, e.getKey());
      for (int i = 0; i < a.length; i++) {
        worst = Math.max(worst, a[i].distance(b[i]));
      }
    }
    System.out.printf("export: worst vertex %.2e m from ogr2ogr's EPSG:4527 transform%n", worst);
    assertTrue(worst < 0.01, "worst " + worst + " m");
  }

  @Test
  void a_geopackage_in_gauss_kruger_reads_back_in_gdal_with_its_crs_and_chinese_text() {
    Path gpkg = export("parcels.gpkg", "--layer", "parcels", "--format", "gpkg", "--crs", "EPSG:4527");
    String summary = Gdal.run("ogrinfo", "-ro", "-so", gpkg.toString(), "parcels");
    assertTrue(summary.contains("Feature Count: " + Sql.count(storage, "parcels")), summary);
    assertTrue(summary.contains("Multi Polygon"), summary);
    assertTrue(summary.contains("ID[\"EPSG\",4527]") || summary.contains("AUTHORITY[\"EPSG\",\"4527\"]"), summary);
    Map<String, Object> row = Sql.rows(storage, "SELECT t.code, p.name FROM parcels t JOIN parks p ON p.code = t.park_code"
        + " ORDER BY t.code").get(0);
    String feature = Gdal.run("ogrinfo", "-ro", "-q", gpkg.toString(), "parcels", "-where", "code = '" + row.get("code") + "'");
    assertTrue(feature.contains("park_name (String) = " + row.get("name")), feature);
    assertTrue(feature.contains("MULTIPOLYGON (((395"), feature);
  }

  @Test
  void csv_with_wkt_reads_back_in_gdal() {
    Path csv = export("projects.csv", "--layer", "projects", "--format", "csv", "--crs", "EPSG:4527");
    String info = Gdal.run("ogrinfo", "-ro", "-so", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO",
        csv.toString(), "projects");
    assertTrue(info.contains("Feature Count: " + Sql.count(storage, "projects")), info);
    assertTrue(info.contains("Extent: (395"), "zone-39 Gauss-Krüger eastings: " + info);
  }

  @Test
  void anonymous_exports_hold_only_what_anonymous_visitors_may_see() throws Exception {
    try (RunningApp app = new RunningApp(storage)) {
      HttpResponse<String> denied = app.get("/api/export?layer=projects&format=csv");
      assertEquals(401, denied.statusCode());
      assertEquals(400, app.get("/api/export?layer=parcels&format=geojson&crs=EPSG:4527").statusCode());
      assertEquals(400, app.get("/api/export?layer=parcels&format=kml").statusCode());
      assertEquals(400, app.get("/api/export?layer=parcels&format=csv&where=1").statusCode());
      HttpResponse<String> csv = app.get("/api/export?layer=parcels&format=csv");
      assertEquals(200, csv.statusCode());
      assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("parcels-EPSG4326.csv"));
      List<String> lines = csv.body().lines().toList();
      assertEquals(Sql.count(storage, "parcels WHERE status IN ('available', 'listed')"), lines.size() - 1);
      assertTrue(!lines.get(0).contains("internal_note"));
      lines.stream().skip(1).forEach(l -> assertTrue(l.contains(",available,") || l.contains(",listed,"), l));
    }
  }

  private static Map<String, Geometry> byCode(Path shp) {
    Map<String, Geometry> map = new HashMap<>();
    try (FeatureSource source = FeatureSources.open(shp, null)) {
      for (Iterator<SourceRecord> it = source.records(); it.hasNext(); ) {
        SourceRecord r = it.next();
        map.put((String) r.attributes().get("code"), r.geometry());
      }
    }
    return map;
  }

}
