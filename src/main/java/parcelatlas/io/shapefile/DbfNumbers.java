package parcelatlas.io.shapefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * A number's text in a .dbf N field: {@code BigDecimal.valueOf(d).setScale(decimals, HALF_UP).toPlainString()}
 * (the shortest decimal that reads back as the double, rounded half up), computed without
 * BigDecimal when the double arithmetic cannot be off: the scaled value's error is at most
 * 2.3e-16 of it, so when its fraction is farther than that from one half the rounding cannot
 * go the other way; ties, near-ties and huge values take BigDecimal. Same bytes either way.
 */
final class DbfNumbers {
  private static final double[] POWERS = new double[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private DbfNumbers() {}

  /**
   * Writes {@link #plain}'s text right-aligned to end at {@code end} in {@code row}, when the
   * double arithmetic decides it and it takes at most {@code width} bytes; returns whether it did
   * (false: nothing written, the caller takes {@link #plain}). No allocation: for the export's
   * hundreds of thousands of records.
   */
  static boolean writeRightAligned(double d, int decimals, byte[] row, int end, int width) {
    if (decimals >= POWERS.length || !Double.isFinite(d)) {
      return false;
    }
    double scaled = Math.abs(d) * POWERS[decimals];
    if (!(scaled < 0x1p52)) {
      return false;
    }
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (!(Math.abs(fraction - 0.5) > scaled * 4e-16 + 1e-300)) {
      return false;
    }
    long units = (long) floor + (fraction > 0.5 ? 1 : 0);
    boolean negative = d < 0 && units != 0;
    int length = decimals + (decimals > 0 ? 1 : 0) + (negative ? 1 : 0);
    for (long rest = units / pow10(decimals); ; rest /= 10) { // integer digits, one at least
      length++;
      if (rest < 10) {
        break;
      }
    }
    if (length > width) {
      return false;
    }
    int at = end;
    for (int i = 0; i < decimals; i++) {
      row[--at] = (byte) ('0' + units % 10);
      units /= 10;
    }
    if (decimals > 0) {
      row[--at] = '.';
    }
    do {
      row[--at] = (byte) ('0' + units % 10);
      units /= 10;
    } while (units > 0);
    if (negative) {
      row[--at] = '-';
    }
    return true;
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** The plain text of a finite double rounded half up to {@code decimals} places, US-ASCII. */
  static byte[] plain(double d, int decimals) {
    if (decimals < POWERS.length) {
      double scaled = Math.abs(d) * POWERS[decimals];
      if (scaled < 0x1p52) {
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > scaled * 4e-16 + 1e-300) {
          long units = (long) floor + (fraction > 0.5 ? 1 : 0);
          return digits(units, decimals, d < 0 && units != 0);
        }
      }
    }
    return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] digits(long units, int decimals, boolean negative) {
    byte[] text = new byte[21 + decimals];
    int at = text.length;
    for (int i = 0; i < decimals; i++) {
      text[--at] = (byte) ('0' + units % 10);
      units /= 10;
    }
    if (decimals > 0) {
      text[--at] = '.';
    }
    do {
      text[--at] = (byte) ('0' + units % 10);
      units /= 10;
    } while (units > 0);
    if (negative) {
      text[--at] = '-';
    }
    return java.util.Arrays.copyOfRange(text, at, text.length);
  }
}
