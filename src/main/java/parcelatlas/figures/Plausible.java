package parcelatlas.figures;

import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The ranges a figure must lie in to be believed. The desk refuses a value outside them with the
 * range in its message; the figures ignore a stored value outside them (one written before these
 * limits, or by hand), so one absurd row cannot put a township at the top of the 龙虎榜.
 *
 * <ul>
 *   <li>A month's completed investment of one project: 0 to the project's total investment (a
 *       month cannot build more than the whole project), and never more than
 *       {@link #MAX_MONTH_INVESTMENT_WAN} (1000 亿元).
 *   <li>A month's tax paid by one project: 0 to the project's total investment, and never more
 *       than {@link #MAX_MONTH_TAX_WAN} (100 亿元); a project without a total investment gets the
 *       absolute cap alone.
 *   <li>Households in a weekly report: 0 to the zone's target, or {@link #MAX_HOUSEHOLDS} when the
 *       zone has none; cleared floor area likewise, or {@link #MAX_AREA_M2}.
 *   <li>Months and days: from {@link #EARLIEST} (2000-01-01, before the portal's records begin) to
 *       today.
 * </ul>
 */
public final class Plausible {
  /** 10,000,000 万元 = 1000 亿元: more than any single project's month. */
  public static final double MAX_MONTH_INVESTMENT_WAN = 10_000_000;
  /** 1,000,000 万元 = 100 亿元 of tax in one month from one project. */
  public static final double MAX_MONTH_TAX_WAN = 1_000_000;
  /** 100,000,000 万元 = 1 万亿元: more than any one project's total or yearly plan. */
  public static final double MAX_PROJECT_INVESTMENT_WAN = 100_000_000;
  public static final int MAX_HOUSEHOLDS = 100_000;
  /** 100 km² of floor area. */
  public static final double MAX_AREA_M2 = 100_000_000;
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private Plausible() {}

  /** True when {@code value} is a finite number from 0 to {@code max}. */
  public static boolean within(double value, double max) {
    return Double.isFinite(value) && value >= 0 && value <= max;
  }

  /** The cap of a monthly amount: the project's total investment when it has one, never above {@code absolute}. */
  public static double monthCap(Double totalInvestmentWan, double absolute) {
    return totalInvestmentWan != null && within(totalInvestmentWan, absolute) && totalInvestmentWan > 0
        ? totalInvestmentWan : absolute;
  }

  /** Null when {@code month} lies from 2000-01 to {@code today}'s month, else the problem naming {@code field}. */
  public static Problem monthCheck(String field, YearMonth month, LocalDate today) {
    YearMonth first = YearMonth.from(EARLIEST);
    YearMonth last = YearMonth.from(today);
    return month.isBefore(first) || month.isAfter(last)
        ? Problem.of(ErrorCode.MONTH_OUT_OF_RANGE, field + " " + month + " must be from " + first + " to " + last
            + " (not in the future)", "field", field, "value", month, "min", first, "max", last) : null;
  }

  /** Null when {@code day} lies from 2000-01-01 to {@code today}, else the problem naming {@code field}. */
  public static Problem dayCheck(String field, LocalDate day, LocalDate today) {
    return day.isBefore(EARLIEST) || day.isAfter(today)
        ? Problem.of(ErrorCode.DAY_OUT_OF_RANGE, field + " " + day + " must be from " + EARLIEST + " to " + today
            + " (not in the future)", "field", field, "value", day, "min", EARLIEST, "max", today) : null;
  }
  /** {@link #monthCheck}'s message, or null. */
  public static String monthProblem(String field, YearMonth month, LocalDate today) {
    Problem p = monthCheck(field, month, today);
    return p == null ? null : p.message();
  }

  /** {@link #dayCheck}'s message, or null. */
  public static String dayProblem(String field, LocalDate day, LocalDate today) {
    Problem p = dayCheck(field, day, today);
    return p == null ? null : p.message();
  }


  /** SQL: {@code column} when it lies from 0 to {@code max}, else 0 ({@code column} is a constant). */
  static String sane(String column, double max) {
    return "(CASE WHEN " + column + " >= 0 AND " + column + " <= " + (long) max + " THEN " + column + " ELSE 0 END)";
  }
}
