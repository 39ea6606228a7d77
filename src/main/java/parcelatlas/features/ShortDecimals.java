package parcelatlas.features;

/**
 * The JSON text of a double with at most four decimals (areas, prices, ratios, percentages: most
 * served numbers) written into a char buffer, exactly the text of Jackson's fast double writer
 * (the shortest decimal that reads back as the same double, plain notation, at least one
 * fraction digit: {@code 35.0}, {@code 2.75}); other doubles are left to Jackson. Exact: a
 * candidate m / 10^k is taken only when the division, which IEEE rounds correctly, gives the
 * double back, i.e. when the text m·10^-k reads as that double; and k is the fewest decimals
 * doing so, with a double's spacing far below 10^-4 at these magnitudes, so no other text of k
 * decimals reads as it.
 */
final class ShortDecimals {
  /** 10^0 … 10^18: a long's digit count by comparisons. */
  private static final long[] POW10L = new long[19];

  static {
    POW10L[0] = 1;
    for (int i = 1; i < POW10L.length; i++) {
      POW10L[i] = POW10L[i - 1] * 10;
    }
  }
  /** Jackson writes plain notation from 10^-3 up to 10^7. */
  private static final double MIN = 1e-3;
  private static final double MAX = 1e7;

  private ShortDecimals() {}

  /** Writes {@code v} at the start of {@code out} (20 chars at least); the length, or -1 when not such a number. */
  public static int write(double v, char[] out) {
    double abs = Math.abs(v);
    if (abs == 0) {
      return text(1 / v < 0, 0, 0, out); // 0.0 and -0.0
    }
    if (!(abs >= MIN && abs < MAX)) {
      return -1;
    }
    // one trial at four places: a decimal of k <= 4 places reading as v is also one of four (its
    // digits and 4 - k zeros), and only one decimal of four places reads as v at these magnitudes;
    // its trailing zeros dropped, it is the shortest (trying k = 0, 1, 2… cost a division each)
    long m = Math.round(abs * 10_000);
    if (m / 10_000.0 != abs) {
      return -1;
    }
    int k = 4;
    while (k > 0 && m % 10 == 0) {
      m /= 10;
      k--;
    }
    return text(v < 0, m, k, out);
  }

  /**
   * {@code m}·10^-k as text, written back to front in one pass: the k fraction digits (at least one:
   * {@code 35.0}), the point, then the whole digits (at least one: {@code 0.005}). The digits before
   * were found twice (a counting loop of divisions, then the digits) and the fraction split off
   * first: those loops were 14% of the investor search's JVM samples.
   */
  private static int text(boolean negative, long m, int k, char[] out) {
    int at = negative ? 1 : 0;
    if (negative) {
      out[0] = '-';
    }
    int point = at + Math.max(1, digitCount(m) - k);
    out[point] = '.';
    if (k == 0) {
      out[point + 1] = '0';
    }
    if (m <= Integer.MAX_VALUE) { // nearly every served number: int remainders
      int n = (int) m;
      for (int i = point + k; i > point; i--) {
        out[i] = (char) ('0' + n % 10);
        n /= 10;
      }
      for (int i = point - 1; i >= at; i--) {
        out[i] = (char) ('0' + n % 10);
        n /= 10;
      }
    } else {
      for (int i = point + k; i > point; i--) {
        out[i] = (char) ('0' + m % 10);
        m /= 10;
      }
      for (int i = point - 1; i >= at; i--) {
        out[i] = (char) ('0' + m % 10);
        m /= 10;
      }
    }
    return point + 1 + Math.max(k, 1);
  }

  /** How many decimal digits {@code m} (not negative) has: comparisons, no division. */
  private static int digitCount(long m) {
    int n = 1;
    while (n < POW10L.length && m >= POW10L[n]) {
      n++;
    }
    return n;
  }
}
