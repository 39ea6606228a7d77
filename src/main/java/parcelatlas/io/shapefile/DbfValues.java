package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import parcelatlas.io.BadInputException;

/**
 * Parses one .dbf field value. C → String (right-trimmed, empty → null); N/F → Long when the
 * field has no decimals and the value is an integer that fits, else Double (blank or all '*' →
 * null); D yyyyMMdd → LocalDate (blank or 00000000 → null; leading blanks read as zeros,
 * as GDAL does); L → Boolean (T/t/Y/y, F/f/N/n;
 * '?' or blank → null); any other type → null. Anything unparsable is a
 * {@link BadInputException} naming the file, record and field.
 */
final class DbfValues {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{8}");
  private final StrictText text;
  private final String file;

  DbfValues(StrictText text, String file) {
    this.text = text;
    this.file = file;
  }

  Object parse(DbfColumn column, ByteBuffer record, long number, String field) {
    int from = column.offset();
    int to = from + column.length();
    switch (column.type()) {
      case 'C':
        return string(column, record, number, field);
      case 'N': case 'F':
        return number(ascii(record, from, to).strip(), column.decimals(), number, field);
      case 'D':
        return date(zeroPadded(ascii(record, from, to)), number, field);
      case 'L':
        return logical(ascii(record, from, to).strip(), number, field);
      default:
        return null;
    }
  }

  /**
   * The text of a C field, right-trimmed, or null when blank. A value that fills its field to
   * the last byte may have had its last character cut by the writer; that cut is tolerated.
   */
  static String text(StrictText text, ByteBuffer record, DbfColumn column)
      throws CharacterCodingException {
    int from = column.offset();
    int end = from + column.length();
    int to = end;
    while (to > from && (record.get(to - 1) == ' ' || record.get(to - 1) == 0)) {
      to--;
    }
    if (to == from) {
      return null;
    }
    ByteBuffer bytes = record.slice(from, to - from);
    return to == end ? text.decodeCutEnd(bytes) : text.decode(bytes);
  }

  private String string(DbfColumn column, ByteBuffer record, long number, String field) {
    try {
      return text(text, record, column);
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, number, field, "text is not valid " + text.charset().name()
          + "; the file may use another encoding — name it with --encoding", e);
    }
  }

  private Object number(String value, int decimals, long number, String field) {
    if (value.isEmpty() || value.chars().allMatch(c -> c == '*')) {
      return null;
    }
    if (decimals == 0 && INTEGER.matcher(value).matches()) {
      return Long.parseLong(value);
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw new BadInputException(file, number, field, "'" + value + "' is not a number");
    }
    return Double.parseDouble(value);
  }

  private LocalDate date(String value, long number, String field) {
    if (value.isEmpty() || value.equals("00000000")) {
      return null;
    }
    if (DATE.matcher(value).matches()) {
      try {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
      } catch (DateTimeException e) {
        throw new BadInputException(file, number, field, "'" + value + "' is not a date (yyyyMMdd)", e);
      }
    }
    throw new BadInputException(file, number, field, "'" + value + "' is not a date (yyyyMMdd)");
  }

  /** Leading blanks as zeros, as GDAL reads them (" 4070401" is 0407-04-01); trailing blanks cut. */
  private static String zeroPadded(String raw) {
    String value = raw.stripTrailing();
    int blanks = value.length() - value.stripLeading().length();
    return value.isBlank() ? "" : "0".repeat(blanks) + value.substring(blanks);
  }

  private Boolean logical(String value, long number, String field) {
    if (value.isEmpty() || value.equals("?")) {
      return null;
    }
    switch (value.charAt(0)) {
      case 'T': case 't': case 'Y': case 'y':
        return Boolean.TRUE;
      case 'F': case 'f': case 'N': case 'n':
        return Boolean.FALSE;
      default:
        throw new BadInputException(file, number, field, "'" + value + "' is not a logical value (T/F)");
    }
  }

  /** The field bytes as Latin-1 text (NUL padding as blanks), so odd bytes show in messages. */
  private static String ascii(ByteBuffer record, int from, int to) {
    byte[] bytes = new byte[to - from];
    record.get(from, bytes);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bytes[i] = ' ';
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
