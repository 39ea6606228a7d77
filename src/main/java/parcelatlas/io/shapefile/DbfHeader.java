package parcelatlas.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.io.BadInputException;

/**
 * The header of a dBase III/IV (.dbf) file: record count, header and record lengths, the
 * language-driver byte (offset 29) and the field descriptors. {@link #read} leaves the reader at
 * the first record and reports any inconsistency as a {@link BadInputException} for the file.
 */
record DbfHeader(long recordCount, int headerLength, int recordLength, int languageDriver,
    List<DbfColumn> columns) {
  private static final int TERMINATOR = 0x0D;

  static DbfHeader read(ChannelReader reader, String file) throws IOException {
    if (reader.size() < 33) {
      throw BadInputException.ofFile(file, "not a dBase file (only " + reader.size() + " bytes)");
    }
    ByteBuffer head = reader.read(32);
    int version = head.get(0) & 0xFF;
    long count = Integer.toUnsignedLong(head.getInt(4));
    int headerLength = head.getShort(8) & 0xFFFF;
    int recordLength = head.getShort(10) & 0xFFFF;
    int languageDriver = head.get(29) & 0xFF;
    if (!knownVersion(version)) {
      throw BadInputException.ofFile(file,
          String.format("not a dBase file (version byte 0x%02X)", version));
    }
    if (headerLength < 33 || headerLength > reader.size()) {
      throw BadInputException.ofFile(file,
          "not a dBase file (header length " + headerLength + ", file size " + reader.size() + ")");
    }
    ByteBuffer descriptors = reader.read(headerLength - 32);
    List<DbfColumn> columns = columns(descriptors, true);
    if (used(columns) > recordLength) {
      columns = columns(descriptors, false);
    }
    int used = used(columns);
    if (used > recordLength) {
      throw BadInputException.ofFile(file, "the fields take " + used
          + " bytes but each record is only " + recordLength + " bytes (corrupt .dbf?)");
    }
    return new DbfHeader(count, headerLength, recordLength, languageDriver, List.copyOf(columns));
  }

  private static boolean knownVersion(int version) {
    int level = version & 0x07;
    return (level >= 2 && level <= 6) || (version >= 0x30 && version <= 0x32);
  }

  private static int used(List<DbfColumn> columns) {
    int used = 1;
    for (DbfColumn column : columns) {
      used += column.length();
    }
    return used;
  }

  /**
   * @param wideText whether a C field's decimal byte is the high byte of its width (the FoxPro
   *     convention for text over 255 bytes); tried first, dropped when the widths do not fit
   */
  private static List<DbfColumn> columns(ByteBuffer descriptors, boolean wideText) {
    List<DbfColumn> columns = new ArrayList<>();
    int offset = 1;
    for (int at = 0; at + 32 <= descriptors.limit(); at += 32) {
      if ((descriptors.get(at) & 0xFF) == TERMINATOR) {
        break;
      }
      int nameLength = 0;
      while (nameLength < 11 && descriptors.get(at + nameLength) != 0) {
        nameLength++;
      }
      byte[] name = new byte[nameLength];
      descriptors.get(at, name);
      char type = (char) (descriptors.get(at + 11) & 0xFF);
      int width = descriptors.get(at + 16) & 0xFF;
      int extra = descriptors.get(at + 17) & 0xFF;
      boolean numeric = type == 'N' || type == 'F';
      int length = type == 'C' && wideText ? width + 256 * extra : width;
      columns.add(new DbfColumn(name, type, length, numeric ? extra : 0, offset));
      offset += length;
    }
    return columns;
  }
}
