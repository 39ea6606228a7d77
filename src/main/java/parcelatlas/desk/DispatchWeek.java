package parcelatlas.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * One week of the weekly dispatch (周调度): the seven days that end on the reporting day. A report
 * dated from {@code from} to {@code due} counts for the week; the week of a day is the one whose
 * reporting day is that day or the next reporting day after it.
 *
 * @param from the day after the previous reporting day
 * @param due the reporting day that closes the week
 */
public record DispatchWeek(LocalDate from, LocalDate due) {

  /** The week containing {@code day}, for reports due on {@code reportingDay}. */
  public static DispatchWeek of(LocalDate day, DayOfWeek reportingDay) {
    LocalDate due = day.with(TemporalAdjusters.nextOrSame(reportingDay));
    return new DispatchWeek(due.minusDays(6), due);
  }

  /**
   * The setting {@code dispatch.day}: a weekday in English ({@code monday} … {@code sunday}, any
   * case) or its number, 1 (Monday) to 7 (Sunday).
   *
   * @throws IllegalArgumentException naming the setting, at startup
   */
  public static DayOfWeek reportingDay(String setting) {
    String text = setting == null ? "" : setting.strip();
    try {
      return text.matches("[1-7]") ? DayOfWeek.of(Integer.parseInt(text)) : DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("setting dispatch.day must be a weekday (monday … sunday or 1 … 7), not '"
          + text + "'", e);
    }
  }
}
