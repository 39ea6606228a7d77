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
