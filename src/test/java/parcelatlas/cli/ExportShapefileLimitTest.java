package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.export.ShapefileLimits;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.TestDatabases;

/**
 * The command line refuses a shapefile whose .shp would pass the limit ({@link ShapefileLimits},
 * setting {@code export.shp.max.bytes}, the portal's) before it creates the file: one line naming the
 * limit and the formats without it, exit status 1, no stack trace, no file. The real limit is 2 GiB,
 * so the command runs with the setting one byte below the demo parcels' .shp (measured by exporting
 * them): at the exact size it still exports; GeoPackage has no such limit.
 */
@Tag("database")
class ExportShapefileLimitTest {
  @TempDir static Path dir;
  private static String db;
  private static Storage storage;

  @BeforeAll
  static void load() {
    db = TestDatabases.freshUrl();
    storage = Databases.open(db, null, null);
    parcelatlas.demo.DemoLoader.load(storage, new PrintWriter(new StringWriter()));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  private record Run(int status, String out, String err) {}

  /** {@code export --layer parcels} to {@code file} with these settings as the environment. */
  private static Run export(Map<String, String> environment, String format, Path file) {
    ExportCommand command = new ExportCommand();
    command.environment = environment;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new picocli.CommandLine(new AtlasCommand()).addSubcommand("export", command)
        .setExecutionExceptionHandler(new ErrorHandler()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("export", "--layer", "parcels", "--format", format, "--out", file.toString(), "--db", db);
    return new Run(status, out.toString(), err.toString());
  }

  private static long shpBytes(Path zip) throws IOException {
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        if (e.getName().endsWith(".shp")) {
          return entries.readAllBytes().length;
        }
      }
    }
    throw new AssertionError("no .shp in " + zip);
  }

  @Test
  void a_shapefile_over_the_limit_is_refused_in_one_line_before_the_file_is_created() throws IOException {
    Path whole = dir.resolve("whole.zip");
    Run measured = export(Map.of(), "shp", whole);
    assertEquals(0, measured.status(), measured.err());
    long bytes = shpBytes(whole);

    Path refused = dir.resolve("refused.zip");
    Run over = export(Map.of("ATLAS_EXPORT_SHP_MAX_BYTES", String.valueOf(bytes - 1)), "shp", refused);
    assertEquals(1, over.status(), over.out() + over.err());
    assertTrue(over.err().startsWith("error: a shapefile's .shp holds at most " + ((bytes - 1) >> 20) + " MB ("
        + (bytes - 1) + " bytes)"), over.err());
    assertTrue(over.err().contains("format=gpkg") && over.err().contains("geojson"), over.err());
    assertEquals(1, over.err().strip().lines().count(), "one line, no stack trace: " + over.err());
    assertTrue(Files.notExists(refused), "no file is created");

    Path exact = dir.resolve("exact.zip");
    Run at = export(Map.of("ATLAS_EXPORT_SHP_MAX_BYTES", String.valueOf(bytes)), "shp", exact);
    assertEquals(0, at.status(), at.err());
    assertEquals(bytes, shpBytes(exact), "a .shp of exactly the limit is written");

    Run gpkg = export(Map.of("ATLAS_EXPORT_SHP_MAX_BYTES", "1000"), "gpkg", dir.resolve("parcels.gpkg"));
    assertEquals(0, gpkg.status(), "GeoPackage has no such limit: " + gpkg.err());
  }
}
