package parcelatlas.io.shapefile;

import parcelatlas.domain.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import parcelatlas.io.BadInputException;

/**
 * Reads a whole .dbf, streaming, to tell its encoding when nothing states it. Deleted records
 * count too: their bytes are in the file and tell about the writer's encoding.
 *
 * <p>The rule ({@link #guess}): all text (field names and C values) valid UTF-8 → UTF-8.
 * Otherwise GB18030 (which reads GBK and GB2312), unless the text does not look like Chinese:
 * more than one in ten of its two-byte characters falls outside GB2312's 0xA1–0xF7 / 0xA1–0xFE
 * block (which holds the 6,763 common hanzi and the full-width punctuation), or a byte cannot
 * start a GB18030 character. A Latin-1 "São Paulo" reads as GB18030 "S鉶 Paulo": 0xE3 0x6F is a
 * rare GBK extension character, where real GBK text is almost all GB2312. Such a file opens
 * (GB18030, so it can be previewed) with a doubt that the import reports, naming a record and
 * field and asking for {@code --encoding}.
 */
final class DbfTextScan {
  private DbfTextScan() {}

  /** The encoding the text shows, by the rule above, with the doubt when it is not to be trusted. */
  static EncodingChoice guess(Path dbf, String file) {
    if (allTextIsUtf8(dbf, file)) {
      return new EncodingChoice(StandardCharsets.UTF_8, "default");
    }
    try (DbfRecords records = new DbfRecords(dbf, file)) {
      DbfHeader header = records.header();
      long common = 0;
      long rare = 0;
      String example = null;
      for (long n = 1; n <= header.recordCount(); n++) {
        ByteBuffer record = records.next(n);
        for (DbfColumn column : header.columns()) {
          if (column.type() != 'C') {
            continue;
          }
          long[] counts = countPairs(record, column.offset(), column.offset() + column.length());
          common += counts[0];
          rare += counts[1];
          if (counts[1] > 0 && example == null) {
            example = "record " + n + ", field " + new String(column.nameBytes(), CodePages.GB18030).strip()
                + ": read as GB18030 '" + value(record, column, CodePages.GB18030) + "', as Latin-1 '"
                + value(record, column, StandardCharsets.ISO_8859_1) + "'";
          }
        }
      }
      BadInputException doubt = rare * 10 > common + rare
          ? BadInputException.ofFile(ErrorCode.ENCODING_UNDETECTED, file, "its text is neither UTF-8 nor likely GBK ("
              + example
              + ") and no .cpg names its encoding; name it with --encoding (on the import page: the text"
              + " encoding), e.g. ISO-8859-1, windows-1252 or GBK")
          : null;
      return new EncodingChoice(CodePages.GB18030, "guessed", doubt);
    } catch (IOException e) {
      throw new BadInputException(file, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Two-byte characters in {@code [from, to)}: {common GB2312, rare or invalid}. */
  private static long[] countPairs(ByteBuffer record, int from, int to) {
    long[] counts = new long[2];
    int i = from;
    while (i < to) {
      int b = record.get(i) & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int next = i + 1 < to ? record.get(i + 1) & 0xFF : -1;
      boolean gb2312 = b >= 0xA1 && b <= 0xF7 && next >= 0xA1 && next <= 0xFE;
      counts[gb2312 ? 0 : 1]++;
      i += b >= 0x81 && b <= 0xFE && next >= 0x40 ? 2 : 1;
    }
    return counts;
  }

  private static String value(ByteBuffer record, DbfColumn column, java.nio.charset.Charset charset) {
    byte[] bytes = new byte[column.length()];
    record.get(column.offset(), bytes);
    String text = new String(bytes, charset).strip();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

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
