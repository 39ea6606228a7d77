package parcelatlas.features;

import java.time.LocalDate;

/** A day's text as {@link LocalDate#toString()} writes it (yyyy-mm-dd), into a char buffer: no String per value. */
final class IsoDays {
  private IsoDays() {}

  /** Writes {@code day} at the start of {@code out} (10 chars at least); 10, or -1 for a year outside 0 to 9999. */
  static int write(LocalDate day, char[] out) {
    int year = day.getYear();
    if (year < 0 || year > 9999) {
      return -1;
    }
    digits(year, out, 0, 4);
    out[4] = '-';
    digits(day.getMonthValue(), out, 5, 2);
    out[7] = '-';
    digits(day.getDayOfMonth(), out, 8, 2);
    return 10;
  }

  private static void digits(int value, char[] out, int at, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
