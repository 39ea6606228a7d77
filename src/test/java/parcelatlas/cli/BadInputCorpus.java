package parcelatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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

/**
 * Builds the bad-input corpus for the importer from the demo parcels: each case is a file (or
 * folder) a planner might really be handed. Kept deterministic (fixed seed for random bytes).
 */
final class BadInputCorpus {
  static final Charset GBK = Charset.forName("GBK");
  private static final List<DbfField> FIELDS = List.of(
      new DbfField("地块编号", 'C', 20, 0), new DbfField("用地性质", 'C', 12, 0), new DbfField("供地状态", 'C', 12, 0));
  private static final GeometryFactory GK = new GeometryFactory();
  private final Path dir;

  BadInputCorpus(Path dir) {
    this.dir = dir;
  }

  Path copyOfDemoParcels(String name, String... leaveOut) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    for (String ext : List.of(".shp", ".shx", ".dbf", ".prj")) {
      if (!List.of(leaveOut).contains(ext)) {
        Files.copy(DemoData.file("parcels" + ext), folder.resolve("parcels" + ext));
      }
    }
    return folder;
  }

  Path truncatedShp() throws IOException {
    Path folder = copyOfDemoParcels("truncated");
    Path shp = folder.resolve("parcels.shp");
    byte[] bytes = Files.readAllBytes(shp);
    Files.write(shp, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 5));
    return folder;
  }

  Path unknownCrs() throws IOException {
    Path folder = copyOfDemoParcels("unknown-crs");
    Files.writeString(folder.resolve("parcels.prj"), "PROJCS[\"Local_Lambert\",GEOGCS[\"GCS_Local\","
        + "DATUM[\"D_Local\",SPHEROID[\"Local\",6377000.0,299.0]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],"
        + "PARAMETER[\"Central_Meridian\",117.0],UNIT[\"Meter\",1.0]]");
    return folder;
  }

  /** A parcel layer written by hand: one good plot at a Gauss-Krüger position, plus {@code extra}. */
  Path written(String name, Geometry extra, String extraCode, String extraStatus) {
    Path shp = dir.resolve(name).resolve(name + ".shp");
    try {
      Files.createDirectories(shp.getParent());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, FIELDS, GBK, Crs.epsg(4527).toPrj())) {
      writer.write(square(39_520_000, 3_840_000, 100), List.of("T-001", "M1", "净地可供"));
      writer.write(extra, java.util.Arrays.asList(extraCode, "M2", extraStatus));
    }
    return shp;
  }

  static Geometry square(double x, double y, double side) {
    return GK.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x, y + side),
        new Coordinate(x + side, y + side), new Coordinate(x + side, y), new Coordinate(x, y)});
  }

  static Geometry bowTie(double x, double y, double side) {
    return GK.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y + side),
        new Coordinate(x + side, y), new Coordinate(x, y + side), new Coordinate(x, y)});
  }

  Path zip(String name, String... entries) throws IOException {
    Path zip = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        Path source = DemoData.file(Path.of(entry).getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        out.write(Files.exists(source) ? Files.readAllBytes(source) : "not a shapefile".getBytes());
        out.closeEntry();
      }
    }
    return zip;
  }

  Path randomBytes(String name) throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }

  Path randomShapefile() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("random"));
    for (String ext : List.of(".shp", ".shx", ".dbf")) {
      byte[] bytes = new byte[2048];
      new Random(ext.hashCode()).nextBytes(bytes);
      Files.write(folder.resolve("noise" + ext), bytes);
    }
    return folder.resolve("noise.shp");
  }
}
