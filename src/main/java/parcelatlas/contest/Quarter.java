package parcelatlas.contest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * A calendar quarter written {@code YYYYQn} ({@code 2026Q3}: July to September 2026), the period
 * of one contest. Parsed strictly: four digits, an upper-case {@code Q}, a digit 1–4, nothing else;
 * from {@link #FIRST} to the quarter of the portal's today.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
  /** The first quarter a contest may be asked for. */
  public static final Quarter FIRST = new Quarter(2000, 1);
  private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

  /** The quarter holding the day. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses {@code text} given as {@code field}; refused with {@link ErrorCode#QUARTER_EXPECTED} when
   * it is not {@code YYYYQn}, {@link ErrorCode#QUARTER_OUT_OF_RANGE} before {@link #FIRST} or after
   * the quarter of {@code today}.
   */
  public static Quarter parse(String field, String text, LocalDate today) {
    Matcher m = text == null || text.length() != 6 ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new BadInput(ErrorCode.QUARTER_EXPECTED, field + " must be a quarter such as 2026Q3",
          "field", field, "example", "2026Q3");
    }
    Quarter quarter = new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    Quarter last = of(today);
    if (quarter.compareTo(FIRST) < 0 || quarter.compareTo(last) > 0) {
      throw new BadInput(ErrorCode.QUARTER_OUT_OF_RANGE, field + " " + quarter + " must be from " + FIRST + " to "
          + last, "field", field, "value", quarter.toString(), "min", FIRST.toString(), "max", last.toString());
    }
    return quarter;
  }

  /** Its first day. */
  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** Its last day. */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + number, other.year * 4 + other.number);
  }

  @Override
  public String toString() {
    return year + "Q" + number;
  }
}
