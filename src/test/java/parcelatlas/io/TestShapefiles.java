package parcelatlas.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;

/**
 * Test fixtures: a small parcel layer written with {@link ShapefileWriter} (Chinese names and
 * values, polygons with holes, a multipolygon, a null shape), what reading it must give back,
 * and byte-level patches used to break files on purpose.
 */
public final class TestShapefiles {
  public static final Charset GBK = Charset.forName("GBK");
  public static final String PRJ = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
      + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],"
      + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  /** Field names that fit 10 bytes in GBK (8 bytes each) but not in UTF-8 (12). */
  public static final List<DbfField> GBK_FIELDS = List.of(
      new DbfField("地块编号", 'C', 20, 0), new DbfField("供地状态", 'C', 24, 0),
      new DbfField("面积", 'N', 12, 2), new DbfField("宗数", 'N', 5, 0),
      new DbfField("已供", 'L', 1, 0), new DbfField("供地日期", 'D', 8, 0));

  /** The same layer with names that fit 10 bytes in UTF-8. */
  public static final List<DbfField> UTF8_FIELDS = List.of(
      new DbfField("编号", 'C', 20, 0), new DbfField("状态", 'C', 30, 0),
      new DbfField("面积", 'N', 12, 2), new DbfField("宗数", 'N', 5, 0),
      new DbfField("已供", 'L', 1, 0), new DbfField("供地日", 'D', 8, 0));

  public static final List<List<Object>> VALUES = List.of(
      Arrays.asList("QL-A-001", "净地可供", 12345.67, 3L, true, LocalDate.of(2024, 3, 1)),
      Arrays.asList("QL-A-002", "已出让", 800.5, 1L, false, null),
      Arrays.asList("QL-B-003", null, null, null, null, null),
      Arrays.asList("QL-C-004", "储备用地（待拆迁）", 0.0, 0L, null, LocalDate.of(2019, 12, 31)));

  /** Written geometries; the last one winds the "wrong" way round and is fixed by the writer. */
  public static final List<String> WRITTEN_WKT = Arrays.asList(
      "POLYGON ((120 30, 120 30.1, 120.1 30.1, 120.1 30, 120 30), "
          + "(120.02 30.02, 120.04 30.02, 120.04 30.04, 120.02 30.04, 120.02 30.02))",
      "MULTIPOLYGON (((121 31, 121 31.05, 121.05 31.05, 121.05 31, 121 31)), "
          + "((121.2 31, 121.2 31.08, 121.28 31.08, 121.28 31, 121.2 31), "
          + "(121.22 31.02, 121.24 31.02, 121.24 31.04, 121.22 31.04, 121.22 31.02)))",
      null,
      "POLYGON ((122 32, 122.1 32, 122.1 32.1, 122 32.1, 122 32))");

  public static final List<String> READ_WKT = Arrays.asList(
      "MULTIPOLYGON (((120 30, 120 30.1, 120.1 30.1, 120.1 30, 120 30), "
          + "(120.02 30.02, 120.04 30.02, 120.04 30.04, 120.02 30.04, 120.02 30.02)))",
      WRITTEN_WKT.get(1),
      null,
      "MULTIPOLYGON (((122 32, 122 32.1, 122.1 32.1, 122.1 32, 122 32)))");

  private TestShapefiles() {}

  /** Writes the parcel layer as {@code folder/base.shp} and its siblings. */
  public static Path writeParcels(Path folder, String base, Charset charset, List<DbfField> fields) {
    Path shp = folder.resolve(base + ".shp");
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, charset, PRJ)) {
      for (int i = 0; i < VALUES.size(); i++) {
        writer.write(geometry(WRITTEN_WKT.get(i)), VALUES.get(i));
      }
    }
    return shp;
  }

  public static Geometry geometry(String wkt) {
    try {
      return wkt == null ? null : new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  /** Opens, reads every record and closes. */
  public static List<SourceRecord> readAll(Path path, Charset encodingOverride) {
    try (FeatureSource source = FeatureSources.open(path, encodingOverride)) {
      List<SourceRecord> records = new ArrayList<>();
      for (Iterator<SourceRecord> it = source.records(); it.hasNext(); ) {
        records.add(it.next());
      }
      return records;
    }
  }

  /** Overwrites the start of field {@code field} (0-based) of record {@code record} (1-based). */
  public static void patchDbf(Path dbf, int record, int field, byte[] bytes) {
    ByteBuffer header = readBytes(dbf, 0, 32 + 32 * (field + 1));
    int headerLength = header.getShort(8) & 0xFFFF;
    int recordLength = header.getShort(10) & 0xFFFF;
    int offset = 1;
    for (int i = 0; i < field; i++) {
      offset += header.get(32 + 32 * i + 16) & 0xFF;
    }
    writeBytes(dbf, headerLength + (long) (record - 1) * recordLength + offset, bytes);
  }

  /** Overwrites the deletion flag of record {@code record} (1-based). */
  public static void markDeleted(Path dbf, int record) {
    ByteBuffer header = readBytes(dbf, 0, 12);
    int headerLength = header.getShort(8) & 0xFFFF;
    int recordLength = header.getShort(10) & 0xFFFF;
    writeBytes(dbf, headerLength + (long) (record - 1) * recordLength, new byte[] {'*'});
  }

  public static void setLanguageDriver(Path dbf, int languageDriver) {
    writeBytes(dbf, 29, new byte[] {(byte) languageDriver});
  }

  /**
   * Turns a polyline shapefile into a polygon one by rewriting the type codes: the parts become
   * rings exactly as given, with whatever winding they have.
   */
  public static void retypeAsPolygons(Path shp, Path shx) {
    ByteBuffer five = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 5);
    writeBytes(shp, 32, five.array());
    writeBytes(shx, 32, five.array());
    long size = size(shp);
    for (long at = 100; at < size; ) {
      int words = readBytes(shp, at, 8).order(ByteOrder.BIG_ENDIAN).getInt(4);
      if (readBytes(shp, at + 8, 4).getInt(0) == 3) {
        writeBytes(shp, at + 8, five.array());
      }
      at += 8 + 2L * words;
    }
  }

  public static ByteBuffer readBytes(Path file, long at, int length) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(bytes, at);
      return bytes.flip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void writeBytes(Path file, long at, byte[] bytes) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(bytes), at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void truncate(Path file, long size) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
