package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import parcelatlas.io.BadInputException;

/**
 * Reads raw .dbf records one after the other. A record is handed out as a view whose byte 0 is
 * the deletion flag; the view is valid until the next call. A file shorter than its header says
 * is reported as truncated, naming the record.
 */
final class DbfRecords implements Closeable {
  private final ChannelReader reader;
  private final String file;
  private final DbfHeader header;

  DbfRecords(Path dbf, String file) throws IOException {
    this.reader = new ChannelReader(dbf);
    this.file = file;
    try {
      this.header = DbfHeader.read(reader, file);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  DbfHeader header() {
    return header;
  }

  ByteBuffer next(long record) throws IOException {
    try {
      return reader.read(header.recordLength());
    } catch (EOFException e) {
      throw new BadInputException(file, record, null,
          "file ends inside the record (truncated .dbf?)", e);
    }
  }

  static boolean isDeleted(ByteBuffer record) {
    return record.get(0) == '*';
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
