package parcelatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.geo.Crs;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.TestDatabases;

/** Files planners upload in the import tests, good and bad, built from the demo city. */
final class UploadFixtures {
  static final Charset GBK = Charset.forName("GBK");
  private static final GeometryFactory GK = new GeometryFactory();

  private UploadFixtures() {}

  /** A fresh data folder for one running app; its {@code import-work} folder is where scratch files go. */
  static Path dataDir(String test) {
    return Path.of("target/import-tests", test + "-" + TestDatabases.kind() + "-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime()).toAbsolutePath();
  }

  /** True when no request left a file or folder behind under {@code dataDir/import-work}. */
  static boolean nothingLeftBehind(Path dataDir) {
    Path work = dataDir.resolve("import-work");
    if (!Files.exists(work)) {
      return true;
    }
    try (Stream<Path> files = Files.list(work)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A demo layer's shapefile parts (those that exist, minus {@code leaveOut}) zipped flat. */
  static byte[] demoZip(String layer, String... leaveOut) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
      Path file = DemoData.file(layer + ext);
      if (Files.exists(file) && !Arrays.asList(leaveOut).contains(ext)) {
        entries.put(layer + ext, read(file));
      }
    }
    return zip(entries);
  }

  static byte[] demoFile(String name) {
    return read(DemoData.file(name));
  }

  /** An archive whose one entry (20 MiB of zeros) inflates over 1000 times. */
  static byte[] zipBomb() {
    return zip(Map.of("parcels.shp", new byte[20 << 20]));
  }

  /** A shapefile whose .dbf entry climbs out of the archive's folder. */
  static byte[] zipSlip() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("parcels.shp", demoFile("parcels.shp"));
    entries.put("parcels.shx", demoFile("parcels.shx"));
    entries.put("../../parcels.dbf", demoFile("parcels.dbf"));
    return zip(entries);
  }

  static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /**
   * A GBK parcel shapefile, zipped, of two plots at Gauss-Krüger zone 39 positions: the first
   * good, the second with the supply status {@code status}.
   */
  static byte[] parcelsWithStatus(Path dir, String status) {
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 20, 0), new DbfField("用地性质", 'C', 12, 0),
        new DbfField("供地状态", 'C', 12, 0));
    Path shp = dir.resolve("two.shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, GBK, Crs.epsg(4527).toPrj())) {
      writer.write(square(39_520_000, 3_840_000), List.of("T-001", "M1", "净地可供"));
      writer.write(square(39_520_200, 3_840_000), List.of("T-002", "M2", status));
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
      Path file = dir.resolve("two" + ext);
      if (Files.exists(file)) {
        entries.put("two" + ext, read(file));
      }
    }
    return zip(entries);
  }

  private static Geometry square(double x, double y) {
    return GK.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x, y + 100),
        new Coordinate(x + 100, y + 100), new Coordinate(x + 100, y), new Coordinate(x, y)});
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
