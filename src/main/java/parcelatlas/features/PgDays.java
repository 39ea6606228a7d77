package parcelatlas.features;

import java.time.LocalDate;

/**
 * A PostgreSQL {@code date} from the bytes pgjdbc received in the binary protocol (4 bytes: days
 * since 2000-01-01, big-endian), without the driver's {@code java.sql.Date} and calendar per value:
 * reading the investor page's one date column through {@code getObject(i, LocalDate.class)} costs
 * 130–190 ns a value against 15 ns here, timed alone (JFR had charged it 18% of the search's samples,
 * an overstatement: about 15 µs of a page's ~0.7 ms). Only days of 1900–9999 are read
 * here; any other value (text form, ±infinity, older days) is left to the driver, as before.
 */
final class PgDays {
  /** 2000-01-01, PostgreSQL's day 0, as a day of the Unix epoch. */
  private static final long PG_EPOCH_DAY = 10_957;
  /** 1900-01-01 and 9999-12-31 as PostgreSQL's days. */
  static final int FIRST = -36_524;
  static final int LAST = 2_921_939;

  private PgDays() {}

  /** The day of a binary date value, or null when {@code bytes} are not one of 1900–9999 (or null). */
  static LocalDate ofBinary(byte[] bytes) {
    if (bytes == null || bytes.length != 4) { // a date's text is never 4 bytes long
      return null;
    }
    int days = (bytes[0] << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    return days < FIRST || days > LAST ? null : LocalDate.ofEpochDay(PG_EPOCH_DAY + days);
  }
}
