package parcelatlas.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import parcelatlas.io.BadInputException;

/**
 * Reads a whole .dbf once, streaming, to tell whether all its text (field names and C values)
 * is valid UTF-8. Used only when nothing states the encoding. Deleted records count too: their
 * bytes are in the file and tell about the writer's encoding.
 */
final class DbfTextScan {
  private DbfTextScan() {}

  static boolean allTextIsUtf8(Path dbf, String file) {
    StrictText utf8 = new StrictText(StandardCharsets.UTF_8);
    try (DbfRecords records = new DbfRecords(dbf, file)) {
      DbfHeader header = records.header();
      if (!DbfFieldNames.allValid(header.columns(), utf8)) {
        return false;
      }
      for (long n = 1; n <= header.recordCount(); n++) {
        ByteBuffer record = records.next(n);
        for (DbfColumn column : header.columns()) {
          if (column.type() == 'C') {
            DbfValues.text(utf8, record, column);
          }
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new BadInputException(file, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }
}
