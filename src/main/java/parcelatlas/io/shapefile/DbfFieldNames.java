package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parcelatlas.io.BadInputException;

/**
 * Decodes .dbf field names. Some writers cut a name at 10 bytes in the middle of a multi-byte
 * character, so up to three trailing bytes that do not decode are dropped. Blank names become
 * {@code FIELD_n} and repeated names get a {@code _2}, {@code _3} suffix, so that every name
 * is a distinct attribute key.
 */
final class DbfFieldNames {
  private DbfFieldNames() {}

  static List<String> decode(List<DbfColumn> columns, StrictText text, String file) {
    List<String> names = new ArrayList<>(columns.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = decodeOne(columns.get(i).nameBytes(), text);
      if (name == null) {
        throw new BadInputException(file, null, "#" + (i + 1), "the field name is not valid "
            + text.charset().name() + "; the file may use another encoding — name it with --encoding");
      }
      name = name.strip();
      if (name.isEmpty()) {
        name = "FIELD_" + (i + 1);
      }
      String unique = name;
      for (int n = 2; !seen.add(unique); n++) {
        unique = name + "_" + n;
      }
      names.add(unique);
    }
    return names;
  }

  /** True when every name decodes (allowing a cut last character). */
  static boolean allValid(List<DbfColumn> columns, StrictText text) {
    for (DbfColumn column : columns) {
      if (decodeOne(column.nameBytes(), text) == null) {
        return false;
      }
    }
    return true;
  }

  private static String decodeOne(byte[] bytes, StrictText text) {
    try {
      return text.decodeCutEnd(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
