package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.io.BadInputException;
import parcelatlas.io.LookaheadRecords;
import parcelatlas.io.SourceRecord;

/**
 * Walks the .shp and the .dbf side by side, one record at a time. Record n of one file belongs
 * to record n of the other; a record flagged deleted in the .dbf is skipped in both, and the
 * records after it keep their file position as their number. Both files are closed when the
 * walk ends, fails or is closed early.
 */
final class ShapefileRecords extends LookaheadRecords {
  private final ShapefileReader source;
  private final DbfHeader header;
  private final List<String> names;
  private final DbfValues values;
  private final String shpName;
  private ShpRecords shp;
  private DbfRecords dbf;
  private long number;

  ShapefileRecords(ShapefileReader source, Path shpPath, Path dbfPath, GeometryFactory factory)
      throws IOException {
    this.source = source;
    this.header = source.dbfHeader();
    this.names = source.fieldNames();
    this.shpName = source.fileName();
    this.values = new DbfValues(new StrictText(source.encoding()), source.dbfName());
    try {
      this.shp = new ShpRecords(shpPath, shpName, factory);
      this.dbf = new DbfRecords(dbfPath, source.dbfName());
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  protected SourceRecord fetch() {
    try {
      while (number < header.recordCount()) {
        number++;
        ByteBuffer row = dbf.next(number);
        if (!shp.hasMore()) {
          throw new BadInputException(shpName, number, null, "the .shp ends after " + (number - 1)
              + " records but the .dbf has " + header.recordCount() + " (truncated .shp?)");
        }
        if (DbfRecords.isDeleted(row)) {
          shp.skip(number);
          continue;
        }
        Map<String, Object> attributes = attributes(row);
        Geometry geometry = shp.next(number);
        return new SourceRecord(number, geometry, Collections.unmodifiableMap(attributes));
      }
      return null;
    } catch (IOException e) {
      throw new BadInputException(shpName, number, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  protected String fileName() {
    return shpName;
  }

  private Map<String, Object> attributes(ByteBuffer row) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    List<DbfColumn> columns = header.columns();
    for (int i = 0; i < columns.size(); i++) {
      String name = names.get(i);
      attributes.put(name, values.parse(columns.get(i), row, number, name));
    }
    return attributes;
  }

  @Override
  protected void release() {
    try (Closeable a = shp; Closeable b = dbf) {
      source.forget(this);
    } catch (IOException e) {
      throw new BadInputException(shpName, null, null, "cannot be closed: " + e.getMessage(), e);
    }
  }
}
