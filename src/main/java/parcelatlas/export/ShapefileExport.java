package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.WkbRows;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.DbfStream;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShpShxRecords;

/**
 * A zipped Shapefile, streamed from a database cursor ({@link WkbRows}): the .dbf goes first and
 * straight into the zip on its way to the client (its record count and text widths come from the
 * cursor's own snapshot, so its header is known before the first record); the .shp and .shx, whose
 * headers hold the file lengths and the box known only at the end, are deflated as their records
 * come into a temporary folder ({@link DeflatedBody}) and follow, their headers put in front; then
 * the .prj, the .cpg and a README that maps the shortened field names. Rows are turned into .dbf
 * records on the reading thread; a second one ({@link Handoff}) turns geometries from WKB into
 * .shp records, reprojected ({@link WkbShapes}), and does all the deflating, so both cores work
 * while the cursor is read and nothing is left to compress after it. Memory is bounded whatever
 * the layer's size (a batch queue, fixed buffers). A layer whose .shp would pass the format's 2 GiB
 * is refused before ({@link ShapefileLimits}); a .dbf past 4 GiB makes its entry zip64. A failure
 * after the first byte leaves the zip unfinished.
 */
final class ShapefileExport {
  /**
   * zlib's level 2. On the 100k-parcel export (61 MB .dbf, 14 MB .shp) level 1 gave 11.0 MB in
   * 0.31 s of CPU, level 2 10.6 MB in 0.32 s, level 3 10.1 MB in 0.41 s, the default 6 9.1 MB in
   * 0.84 s: level 2's 4% comes almost free, each further step costs more server time than it
   * saves a user downloading on any but a very slow line.
   */
  static final int LEVEL = 2;

  private ShapefileExport() {}

  /** A feature on its way from the database reader to the writer thread. */
  private record Row(byte[] record, byte[] wkb) {}

  static long write(FeatureReader reader, ExportRequest r, OutputStream out) throws IOException {
    List<Columns.Column> columns = Columns.of(r);
    List<String> names = DbfNames.fit(columns.stream().map(Columns.Column::title).toList(), r.encoding());
    String base = r.collection().layer().table();
    ShapeType type = r.collection().layer().geometry() == GeometryKind.POINT ? ShapeType.POINT : ShapeType.POLYGON;
    WkbShapes shapes = new WkbShapes(type, Reprojector.of(Crs.WGS84, r.crs()));
    ZipOut zip = new ZipOut(out, LEVEL);
    Path dir = Files.createTempDirectory("atlas-export-");
    try (DeflatedBody shp = new DeflatedBody(dir.resolve("shp"), LEVEL);
        DeflatedBody shx = new DeflatedBody(dir.resolve("shx"), LEVEL)) {
      ShpShxRecords files = new ShpShxRecords(shp.body(), shx.body(), type);
      DbfStream[] dbf = new DbfStream[1];
      OutputStream[] dbfEntry = new OutputStream[1];
      long count;
      try (Handoff<Row> handoff = new Handoff<>(row -> {
        ByteBuffer content = shapes.encode(row.wkb());
        files.write(content, shapes.box[0], shapes.box[1], shapes.box[2], shapes.box[3]);
        dbf[0].write(row.record());
      })) {
        count = reader.streamWkb(r.query(), new WkbRows.Sink() {
          @Override
          public void start(long rows, Map<String, Integer> lengths) throws IOException {
            List<DbfField> fields = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
              fields.add(field(names.get(i), columns.get(i), lengths, r.encoding()));
            }
            long recordBytes = 1;
            for (DbfField f : fields) {
              recordBytes += f.length();
            }
            dbfEntry[0] = zip.stream(base + ".dbf", 34L + 32L * fields.size() + rows * recordBytes); // zip64 past 4 GiB
            dbf[0] = new DbfStream(dbfEntry[0], fields, r.encoding(), rows, LocalDate.now());
          }

          @Override
          public void accept(Map<String, Object> properties, byte[] wkb) throws IOException {
            List<Object> values = new ArrayList<>(columns.size());
            for (Columns.Column c : columns) {
              values.add(c.out(properties.get(c.name())));
            }
            handoff.put(new Row(dbf[0].format(values), wkb));
          }
        });
        handoff.finish();
      }
      dbf[0].finish();
      dbfEntry[0].close();
      shp.addTo(zip, base + ".shp", files.shpHeader());
      shx.addTo(zip, base + ".shx", files.shxHeader());
      text(zip, base + ".prj", r.crs().toPrj(), StandardCharsets.UTF_8);
      text(zip, base + ".cpg", DbfStream.cpgName(r.encoding()), StandardCharsets.US_ASCII);
      text(zip, "README.txt", readme(r, columns, names), StandardCharsets.UTF_8);
      zip.finish();
      return count;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static DbfField field(String name, Columns.Column column, Map<String, Integer> lengths, Charset charset) {
    return switch (column.kind()) {
      case INTEGER -> new DbfField(name, 'N', 12, 0);
      case NUMBER -> new DbfField(name, 'N', 20, 6);
      case DATE -> new DbfField(name, 'D', 8, 0);
      case BOOLEAN -> new DbfField(name, 'L', 1, 0);
      default -> new DbfField(name, 'C', Math.min(254,
          (int) Math.ceil(column.longest(lengths.getOrDefault(column.name(), 1)) * charset.newEncoder().maxBytesPerChar())), 0);
    };
  }

  private static String readme(ExportRequest r, List<Columns.Column> columns, List<String> names) {
    StringBuilder text = new StringBuilder("Parcel Atlas export: ").append(r.collection().layer().titleZh())
        .append(" / ").append(r.collection().layer().titleEn()).append("\r\nCRS: EPSG:").append(r.crs().epsg())
        .append(" (").append(r.crs().name()).append(")\r\nDBF encoding: ").append(r.encoding().name())
        .append(" (see the .cpg)\r\n\r\nDBF field names are at most 10 bytes; the full names:\r\n");
    for (int i = 0; i < columns.size(); i++) {
      text.append(String.format("%-10s  %s%n", names.get(i), columns.get(i).name()).replace("\n", "\r\n"));
    }
    if (r.chineseNames()) {
      text.append("\r\nChinese field names and labels as the portal's import reads them: import this file again\r\n"
          + "without a mapping. 中文字段名与代码名称：可不经字段映射直接重新导入。\r\n");
    }
    return text.toString();
  }

  private static void text(ZipOut zip, String name, String text, Charset charset) throws IOException {
    try (OutputStream entry = zip.stream(name)) {
      entry.write(text.getBytes(charset));
    }
  }
}
