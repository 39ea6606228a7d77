package parcelatlas.io.shapefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams features to a shapefile: .shp .shx .dbf, plus .prj (when given) and .cpg. Records go
 * to disk as they are written; the headers (file lengths, bounding box, record count) are
 * patched on {@link #close()}, so the files are complete only after it. The .cpg names the
 * charset as GDAL and ArcGIS read it ({@code UTF-8}, {@code GBK}, {@code GB18030}, {@code 1252}
 * …) and the .dbf language-driver byte is 0x4D for the GBK family and 0 for UTF-8.
 * Polygons are written shells clockwise and holes counter-clockwise; null or empty geometries
 * become null shapes. Field definitions, values and geometries that do not fit are
 * {@link IllegalArgumentException}s (checked before anything of that record is written); disk
 * errors are {@link UncheckedIOException}s. Not thread-safe.
 */
public final class ShapefileWriter implements AutoCloseable {
  private final ShapeType type;
  private final ShapeEncoder shapes;
  private final ChannelWriter shp;
  private final ChannelWriter shx;
  private final DbfWriter dbf;
  private final Envelope box = new Envelope();
  private int count;
  private boolean closed;

  /**
   * @param shp path of the .shp to write; siblings get the same base name
   * @param prj WKT for the .prj, or null to write none
   */
  public ShapefileWriter(Path shp, ShapeType type, List<DbfField> fields, Charset encoding, String prj) {
    this(shp, type, fields, encoding, prj, LocalDate.now());
  }

  /**
   * As above, with the DBF header's last-update date given, for output that must not depend on
   * the day it was written.
   */
  public ShapefileWriter(Path shp, ShapeType type, List<DbfField> fields, Charset encoding, String prj,
      LocalDate lastUpdate) {
    DbfWriter.check(fields, encoding);
    this.type = type;
    this.shapes = new ShapeEncoder(type);
    String base = Sidecars.baseName(shp);
    Path folder = shp.toAbsolutePath().getParent();
    List<ChannelWriter> opened = new ArrayList<>();
    try {
      if (prj != null) {
        Files.writeString(folder.resolve(base + ".prj"), prj, StandardCharsets.UTF_8);
      }
      Files.writeString(folder.resolve(base + ".cpg"), CodePages.cpgName(encoding),
          StandardCharsets.US_ASCII);
      this.shp = open(shp, opened);
      this.shx = open(folder.resolve(base + ".shx"), opened);
      this.dbf = new DbfWriter(open(folder.resolve(base + ".dbf"), opened), List.copyOf(fields), encoding,
          lastUpdate);
      this.shp.write(ByteBuffer.allocate(ShpHeader.SIZE));
      this.shx.write(ByteBuffer.allocate(ShpHeader.SIZE));
    } catch (IOException e) {
      closeQuietly(opened, e);
      throw new UncheckedIOException("cannot write " + shp, e);
    }
  }

  private static ChannelWriter open(Path path, List<ChannelWriter> opened) throws IOException {
    ChannelWriter writer = new ChannelWriter(path);
    opened.add(writer);
    return writer;
  }

  private static void closeQuietly(List<ChannelWriter> opened, IOException failure) {
    for (ChannelWriter writer : opened) {
      try {
        writer.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Writes one record; {@code values} in field order: String, Number, Boolean, LocalDate or null. */
  public void write(Geometry geometry, List<Object> values) {
    if (closed) {
      throw new IllegalStateException("the shapefile writer is closed");
    }
    byte[] row = dbf.format(values);
    ByteBuffer content = shapes.encode(geometry);
    int words = content.remaining() / 2;
    long offset = shp.position();
    if (offset / 2 + 4 + words > Integer.MAX_VALUE) {
      throw new IllegalStateException("the .shp would pass the 2 GiB shapefile limit");
    }
    count++;
    try {
      shp.write(bigEndianPair(count, words));
      shp.write(content);
      shx.write(bigEndianPair((int) (offset / 2), words));
      dbf.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write record " + count, e);
    }
    if (geometry != null && !geometry.isEmpty()) {
      box.expandToInclude(geometry.getEnvelopeInternal());
    }
  }

  private static ByteBuffer bigEndianPair(int first, int second) {
    return ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(first).putInt(second).flip();
  }

  /** Patches the headers and closes the files; later calls do nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (ChannelWriter s = shp; ChannelWriter x = shx; DbfWriter d = dbf) {
      s.writeAt(0, ShpHeader.encode(s.position(), type.code(), box));
      x.writeAt(0, ShpHeader.encode(x.position(), type.code(), box));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the shapefile", e);
    }
  }
}
