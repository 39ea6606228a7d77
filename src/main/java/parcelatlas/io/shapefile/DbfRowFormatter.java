package parcelatlas.io.shapefile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Formats one .dbf record (deletion flag plus fields). C takes a String, encoded with the
 * charset and cut to the field width on a character boundary (unencodable characters become
 * '?'); N/F take a Number, rounded half-up to the field's decimals and right-aligned; L takes a
 * Boolean (T/F); D takes a LocalDate (yyyyMMdd); null is blanks. A value of the wrong type or
 * too wide for its field is an {@link IllegalArgumentException} naming the field.
 */
final class DbfRowFormatter {
  private final List<DbfField> fields;
  private final CharsetEncoder encoder;
  private final int recordLength;

  DbfRowFormatter(List<DbfField> fields, Charset charset) {
    this.fields = fields;
    this.encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    int length = 1;
    for (DbfField field : fields) {
      length += field.length();
    }
    this.recordLength = length;
  }

  int recordLength() {
    return recordLength;
  }

  byte[] format(List<Object> values) {
    if (values.size() != fields.size()) {
      throw new IllegalArgumentException(
          "got " + values.size() + " values for " + fields.size() + " fields");
    }
    byte[] row = new byte[recordLength];
    Arrays.fill(row, (byte) ' ');
    int at = 1;
    for (int i = 0; i < fields.size(); i++) {
      DbfField field = fields.get(i);
      Object value = values.get(i);
      if (value instanceof CharSequence text && field.type() == 'C') {
        encode(text, ByteBuffer.wrap(row, at, field.length()));
      } else if (value instanceof Double d && (field.type() == 'N' || field.type() == 'F')
          && DbfNumbers.writeRightAligned(d, field.decimals(), row, at + field.length(), field.length())) {
        // written in place; what this cannot decide or fit takes the general path below (and its message)
      } else if (value != null) {
        byte[] bytes = bytes(field, value);
        int start = isText(field) ? at : at + field.length() - bytes.length;
        System.arraycopy(bytes, 0, row, start, bytes.length);
      }
      at += field.length();
    }
    return row;
  }

  private static boolean isText(DbfField field) {
    return field.type() == 'C' || field.type() == 'L' || field.type() == 'D';
  }

  private byte[] bytes(DbfField field, Object value) {
    switch (field.type()) {
      case 'C':
        return text(field, require(field, value, CharSequence.class, "a String"));
      case 'N': case 'F':
        return number(field, require(field, value, Number.class, "a Number"));
      case 'L':
        return require(field, value, Boolean.class, "a Boolean") ? new byte[] {'T'} : new byte[] {'F'};
      case 'D':
        LocalDate date = require(field, value, LocalDate.class, "a LocalDate");
        if (date.getYear() < 0 || date.getYear() > 9999) {
          throw new IllegalArgumentException("field " + field.name() + ": " + date + " is out of range");
        }
        int ymd = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        byte[] text = new byte[8];
        for (int i = 7; i >= 0; i--, ymd /= 10) {
          text[i] = (byte) ('0' + ymd % 10);
        }
        return text;
      default:
        throw new IllegalArgumentException("field " + field.name() + ": type " + field.type());
    }
  }

  private byte[] text(DbfField field, CharSequence value) {
    ByteBuffer out = ByteBuffer.allocate(field.length());
    encode(value, out);
    return Arrays.copyOf(out.array(), out.position());
  }

  /** Encodes as much of the text as fits the buffer, cut on a character boundary. */
  private void encode(CharSequence value, ByteBuffer out) {
    encoder.reset();
    encoder.encode(CharBuffer.wrap(value), out, true);
    encoder.flush(out);
  }

  private static byte[] number(DbfField field, Number value) {
    byte[] text;
    if (value instanceof Double d && Double.isFinite(d)) {
      text = DbfNumbers.plain(d, field.decimals());
    } else {
      text = decimal(field, value).setScale(field.decimals(), RoundingMode.HALF_UP).toPlainString()
          .getBytes(StandardCharsets.US_ASCII);
    }
    if (text.length > field.length()) {
      throw new IllegalArgumentException("field " + field.name() + ": " + new String(text, StandardCharsets.US_ASCII)
          + " does not fit " + field.length() + " characters with " + field.decimals() + " decimals");
    }
    return text;
  }

  private static BigDecimal decimal(DbfField field, Number value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(
            "field " + field.name() + ": " + d + " is not a number a .dbf can hold");
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    }
    return new BigDecimal(value.toString());
  }

  private static <T> T require(DbfField field, Object value, Class<T> type, String expected) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("field " + field.name() + " (type " + field.type()
          + ") takes " + expected + ", got " + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }
}
