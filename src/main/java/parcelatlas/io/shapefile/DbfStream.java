package parcelatlas.io.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a .dbf front to back to a stream that cannot seek (a zip entry on its way to an HTTP
 * client): the number of records is given up front and goes into the header first, so nothing is
 * patched afterwards. Fields and values follow the rules of {@link ShapefileWriter} (the same
 * checks, the same bytes as its .dbf); {@link #finish} appends the end marker and is an
 * {@link IllegalStateException} when a different number of records was written. Not thread-safe.
 */
public final class DbfStream {
  private final OutputStream out;
  private final DbfRowFormatter rows;
  private final long expected;
  private long count;

  /** Writes the header at once. */
  public DbfStream(OutputStream out, List<DbfField> fields, Charset charset, long records, LocalDate lastUpdate)
      throws IOException {
    DbfWriter.check(fields, charset);
    if (records < 0 || records > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(records + " records are more than a .dbf can count");
    }
    this.out = out;
    this.rows = new DbfRowFormatter(List.copyOf(fields), charset);
    if (rows.recordLength() > 0xFFFF) {
      throw new IllegalArgumentException("records of " + rows.recordLength() + " bytes are too long");
    }
    this.expected = records;
    ByteBuffer header = DbfWriter.header(fields, charset, rows.recordLength(), lastUpdate);
    header.putInt(4, (int) records);
    out.write(header.array(), 0, header.limit());
  }

  /** Formats and writes one record; values in field order, as {@link ShapefileWriter#write} takes them. */
  public void write(List<Object> values) throws IOException {
    write(format(values));
  }

  /**
   * One record's bytes, formatted without writing, so that one thread may format while another
   * writes (but not two threads formatting at once); a value that does not fit is an
   * {@link IllegalArgumentException} naming the field.
   */
  public byte[] format(List<Object> values) {
    return rows.format(values);
  }

  /** Writes a record that {@link #format} returned. */
  public void write(byte[] record) throws IOException {
    if (count == expected) {
      throw new IllegalStateException("more records than the " + expected + " announced");
    }
    out.write(record);
    count++;
  }

  /** The .cpg text naming the charset as GDAL and ArcGIS read it. */
  public static String cpgName(Charset charset) {
    return CodePages.cpgName(charset);
  }

  /** Appends the end marker after checking that every announced record was written; does not close the stream. */
  public void finish() throws IOException {
    if (count != expected) {
      throw new IllegalStateException(count + " records written, " + expected + " announced");
    }
    out.write(0x1A);
  }
}
