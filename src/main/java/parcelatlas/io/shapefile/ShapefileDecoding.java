package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.io.BadInputException;
import parcelatlas.io.SourceRecord;

/**
 * Turns the bytes of one shapefile record, as {@link ShapefileCuts} cut them from the .dbf and the
 * .shp, into a {@link SourceRecord}: attributes first (in field order, the first bad value
 * refuses the record), then the geometry. Safe to use from several threads at once: each thread
 * decodes text with its own decoder.
 */
final class ShapefileDecoding {
  private final DbfHeader header;
  private final List<String> names;
  private final String shpName;
  private final ShapeDecoder shapes;
  private final ThreadLocal<DbfValues> values;

  ShapefileDecoding(ShapefileReader source, GeometryFactory factory) {
    this.header = source.dbfHeader();
    this.names = source.fieldNames();
    this.shpName = source.fileName();
    this.shapes = new ShapeDecoder(factory);
    this.values = ThreadLocal.withInitial(
        () -> new DbfValues(new StrictText(source.encoding()), source.dbfName()));
  }

  /**
   * @param row the .dbf record, deletion flag first
   * @param shape the .shp record's content, or null when it could not be cut
   * @param shpFailure why the .shp record could not be cut (thrown once the attributes are read)
   */
  SourceRecord decode(long number, byte[] row, byte[] shape, BadInputException shpFailure) {
    Map<String, Object> attributes = attributes(ByteBuffer.wrap(row), number);
    if (shpFailure != null) {
      throw shpFailure;
    }
    Geometry geometry = shapes.decode(ByteBuffer.wrap(shape), shpName, number);
    return new SourceRecord(number, geometry, Collections.unmodifiableMap(attributes));
  }

  private Map<String, Object> attributes(ByteBuffer row, long number) {
    DbfValues parser = values.get();
    Map<String, Object> attributes = new LinkedHashMap<>();
    List<DbfColumn> columns = header.columns();
    for (int i = 0; i < columns.size(); i++) {
      String name = names.get(i);
      attributes.put(name, parser.parse(columns.get(i), row, number, name));
    }
    return attributes;
  }
}
