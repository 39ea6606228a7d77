package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Streams a dBase III .dbf: the header goes out first with a record count of 0 and is patched
 * on {@link #close()}, which also appends the 0x1A end marker. The language-driver byte is set
 * from the charset (0x4D for the GBK family, 0 for UTF-8). Field definitions are checked up
 * front: names of 1 to 10 bytes in the charset and unique, C 1–254 wide, N/F 1–20 wide with
 * fewer decimals than width, L 1 wide, D 8 wide; violations are
 * {@link IllegalArgumentException}s naming the field.
 */
final class DbfWriter implements Closeable {
  private final ChannelWriter out;
  private final DbfRowFormatter rows;
  private long count;

  DbfWriter(ChannelWriter out, List<DbfField> fields, Charset charset, LocalDate lastUpdate) throws IOException {
    check(fields, charset);
    this.out = out;
    this.rows = new DbfRowFormatter(fields, charset);
    if (rows.recordLength() > 0xFFFF) {
      throw new IllegalArgumentException("records of " + rows.recordLength() + " bytes are too long");
    }
    out.write(header(fields, charset, rows.recordLength(), lastUpdate));
  }

  static void check(List<DbfField> fields, Charset charset) {
    if (32 + 32 * fields.size() + 1 > 0xFFFF) {
      throw new IllegalArgumentException(fields.size() + " fields are more than a .dbf can hold");
    }
    Set<String> seen = new HashSet<>();
    for (DbfField field : fields) {
      String name = field.name();
      if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("field name '" + name + "' is empty or holds NUL");
      }
      if (!charset.newEncoder().canEncode(name)) {
        throw new IllegalArgumentException("field name " + name + " cannot be written in " + charset.name());
      }
      int bytes = name.getBytes(charset).length;
      if (bytes > 10) {
        throw new IllegalArgumentException("field name " + name + " is " + bytes + " bytes in "
            + charset.name() + "; a .dbf allows 10");
      }
      if (!seen.add(name.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("field name " + name + " is used twice");
      }
      checkSize(field);
    }
  }

  private static void checkSize(DbfField field) {
    int length = field.length();
    boolean ok;
    switch (field.type()) {
      case 'C':
        ok = length >= 1 && length <= 254 && field.decimals() == 0;
        break;
      case 'N': case 'F':
        ok = length >= 1 && length <= 20 && field.decimals() >= 0
            && (field.decimals() == 0 || field.decimals() <= length - 2);
        break;
      case 'L':
        ok = length == 1 && field.decimals() == 0;
        break;
      case 'D':
        ok = length == 8 && field.decimals() == 0;
        break;
      default:
        throw new IllegalArgumentException("field " + field.name() + ": type " + field.type()
            + " is not one of C, N, F, L, D");
    }
    if (!ok) {
      throw new IllegalArgumentException("field " + field.name() + ": type " + field.type()
          + " cannot be " + length + " wide with " + field.decimals() + " decimals");
    }
  }

  /** Formats without writing, so a bad value is caught before anything else is written. */
  byte[] format(List<Object> values) {
    return rows.format(values);
  }

  void write(byte[] row) throws IOException {
    out.write(row);
    count++;
  }

  static ByteBuffer header(List<DbfField> fields, Charset charset, int recordLength, LocalDate today) {
    int headerLength = 32 + 32 * fields.size() + 1;
    ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
    header.put((byte) 0x03).put((byte) (today.getYear() - 1900))
        .put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
    header.putInt(0).putShort((short) headerLength).putShort((short) recordLength);
    header.put(29, (byte) CodePages.languageDriver(charset));
    header.position(32);
    for (DbfField field : fields) {
      byte[] name = field.name().getBytes(charset);
      int at = header.position();
      header.put(name);
      header.put(at + 11, (byte) field.type());
      header.put(at + 16, (byte) field.length());
      header.put(at + 17, (byte) field.decimals());
      header.position(at + 32);
    }
    header.put((byte) 0x0D);
    return header.flip();
  }

  @Override
  public void close() throws IOException {
    try {
      out.write(new byte[] {0x1A});
      ByteBuffer countBytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      out.writeAt(4, countBytes.putInt((int) count).flip());
    } finally {
      out.close();
    }
  }
}
