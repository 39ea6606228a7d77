package parcelatlas.web;

import java.time.Instant;

/**
 * An items page's {@code timeStamp}: the text of {@link Instant#toString} (ISO-8601 in UTC, the
 * fraction in groups of three digits, none when whole), with the date and time of day formatted once
 * a second instead of by a {@code DateTimeFormatter} on every page (0.7% of a small page's CPU).
 * Instants before 1970 or after 9999 are left to {@link Instant#toString}. Checked against it in
 * {@code OgcItemsTimeStampTest}.
 */
final class OgcItemsTimeStamp {
  /** 9999-12-31T23:59:59Z: later years are written with a sign. */
  private static final long LAST_SECOND = 253_402_300_799L;

  /** A second and its text without the zone, e.g. {@code 2026-12-06T09:24:19}. */
  private record Second(long epochSecond, String text) {}

  private static volatile Second last = new Second(-1, "");

  private OgcItemsTimeStamp() {}

  static String of(Instant t) {
    long second = t.getEpochSecond();
    if (second < 0 || second > LAST_SECOND) {
      return t.toString();
    }
    Second cached = last;
    if (cached.epochSecond() != second) {
      String whole = Instant.ofEpochSecond(second).toString();
      cached = new Second(second, whole.substring(0, whole.length() - 1));
      last = cached;
    }
    int nano = t.getNano();
    StringBuilder text = new StringBuilder(31).append(cached.text());
    if (nano > 0) {
      text.append('.');
      if (nano % 1_000_000 == 0) {
        digits(text, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        digits(text, nano / 1_000, 6);
      } else {
        digits(text, nano, 9);
      }
    }
    return text.append('Z').toString();
  }

  /** {@code value} in {@code width} digits, zeros first. */
  private static void digits(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
