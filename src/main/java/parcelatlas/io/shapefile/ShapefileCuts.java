package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import parcelatlas.io.BadInputException;
import parcelatlas.io.Lookahead;
import parcelatlas.io.PendingRecord;

/**
 * Walks the .shp and the .dbf side by side, one record at a time, cutting each record's bytes
 * out of both files without decoding them ({@link ShapefileDecoding} does that, on any thread).
 * Record n of one file belongs to record n of the other; a record flagged deleted in the .dbf is
 * skipped in both, and the records after it keep their file position as their number. A .shp
 * record that cannot be cut (truncated, corrupt length) ends the walk: its record decodes to that
 * problem (after its attributes, so a bad value in the same record is named first, as when
 * decoding while reading), and the walk throws it again if asked for more. Both files are closed
 * when the walk ends, fails or is closed early.
 */
final class ShapefileCuts extends Lookahead<PendingRecord> {
  /** One record's bytes, decoded on demand. */
  private record Cut(long number, byte[] row, byte[] shape, BadInputException shpFailure,
      ShapefileDecoding decoding) implements PendingRecord {
    @Override
    public parcelatlas.io.SourceRecord decode() {
      return decoding.decode(number, row, shape, shpFailure);
    }
  }

  private final ShapefileReader source;
  private final long recordCount;
  private final String shpName;
  private final ShapefileDecoding decoding;
  private ShpRecords shp;
  private DbfRecords dbf;
  private long number;
  private BadInputException shpFailure;

  ShapefileCuts(ShapefileReader source, Path shpPath, Path dbfPath, ShapefileDecoding decoding)
      throws IOException {
    this.source = source;
    this.recordCount = source.dbfHeader().recordCount();
    this.shpName = source.fileName();
    this.decoding = decoding;
    try {
      this.shp = new ShpRecords(shpPath, shpName);
      this.dbf = new DbfRecords(dbfPath, source.dbfName());
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  protected PendingRecord fetch() {
    if (shpFailure != null) {
      throw shpFailure;
    }
    try {
      while (number < recordCount) {
        number++;
        ByteBuffer row = dbf.next(number);
        if (!shp.hasMore()) {
          throw new BadInputException(shpName, number, null, "the .shp ends after " + (number - 1)
              + " records but the .dbf has " + recordCount + " (truncated .shp?)");
        }
        if (DbfRecords.isDeleted(row)) {
          shp.skip(number);
          continue;
        }
        byte[] rowBytes = new byte[row.remaining()];
        row.get(0, rowBytes);
        byte[] shape = null;
        try {
          shape = shp.nextContent(number);
        } catch (BadInputException e) {
          shpFailure = e;
        } catch (IOException e) {
          shpFailure = unreadable(e);
        }
        return new Cut(number, rowBytes, shape, shpFailure, decoding);
      }
      return null;
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private BadInputException unreadable(IOException e) {
    return new BadInputException(shpName, number, null, "cannot be read: " + e.getMessage(), e);
  }

  @Override
  protected String fileName() {
    return shpName;
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
