package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import parcelatlas.io.BadInputException;

/**
 * Reads .shp records one after the other (the record numbers stored in the file are ignored;
 * position counts). Each record's stated length is checked against what is left of the file
 * before it is read, so a truncated file is reported as such with the record number.
 */
final class ShpRecords implements Closeable {
  private final ChannelReader reader;
  private final String file;
  private final long end;

  ShpRecords(Path shp, String file) throws IOException {
    this.reader = new ChannelReader(shp);
    this.file = file;
    ShpHeader header = ShpHeader.parse(reader.read(ShpHeader.SIZE));
    long stated = header.lengthInWords() * 2;
    this.end = stated >= ShpHeader.SIZE && stated <= reader.size() ? stated : reader.size();
  }

  boolean hasMore() {
    return reader.position() < end;
  }

  /** A copy of the next record's content (shape type first), which the caller knows as {@code record}. */
  byte[] nextContent(long record) throws IOException {
    ByteBuffer content = reader.read(contentLength(record));
    byte[] bytes = new byte[content.remaining()];
    content.get(0, bytes);
    return bytes;
  }

  /** Steps over the next record without decoding it. */
  void skip(long record) throws IOException {
    reader.skip(contentLength(record));
  }

  private int contentLength(long record) throws IOException {
    if (reader.remaining() < 8) {
      throw truncated(record);
    }
    int words = reader.read(8).order(ByteOrder.BIG_ENDIAN).getInt(4);
    long bytes = 2L * words;
    if (words < 2) {
      throw new BadInputException(file, record, null,
          "record content length " + words + " words is too small (corrupt .shp?)");
    }
    if (bytes > reader.remaining()) {
      throw truncated(record);
    }
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new BadInputException(file, record, null, "record of " + bytes + " bytes is too large");
    }
    return (int) bytes;
  }

  private BadInputException truncated(long record) {
    return new BadInputException(file, record, null, "file ends inside the record (truncated .shp?)");
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
