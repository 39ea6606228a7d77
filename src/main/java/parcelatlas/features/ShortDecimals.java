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
  private static final double[] POW10 = {1, 10, 100, 1_000, 10_000};
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

  private static int text(boolean negative, long m, int k, char[] out) {
    long whole = m;
    long fraction = 0;
    int digits = k;
    for (int i = 0; i < k; i++) {
      fraction += (whole % 10) * (long) POW10[i];
      whole /= 10;
    }
    while (digits > 1 && fraction % 10 == 0) { // m is the fewest decimals already; kept for safety
      fraction /= 10;
      digits--;
    }
    int at = 0;
    if (negative) {
      out[at++] = '-';
    }
    at = digitsOf(whole, out, at);
    out[at++] = '.';
    if (digits == 0) {
      out[at++] = '0';
      return at;
    }
    for (int i = digits - 1; i >= 0; i--) {
      out[at + i] = (char) ('0' + fraction % 10);
      fraction /= 10;
    }
    return at + digits;
  }

  private static int digitsOf(long n, char[] out, int at) {
    if (n <= Integer.MAX_VALUE) { // nearly every served number: int divisions (12% of the search's samples in long ones)
      return digitsOf((int) n, out, at);
    }
    int length = 1;
    for (long t = n; t >= 10; t /= 10) {
      length++;
    }
    for (int i = at + length - 1; i >= at; i--) {
      out[i] = (char) ('0' + n % 10);
      n /= 10;
    }
    return at + length;
  }

  private static int digitsOf(int n, char[] out, int at) {
    int length = 1;
    for (int t = n; t >= 10; t /= 10) {
      length++;
    }
    for (int i = at + length - 1; i >= at; i--) {
      out[i] = (char) ('0' + n % 10);
      n /= 10;
    }
    return at + length;
  }
}
