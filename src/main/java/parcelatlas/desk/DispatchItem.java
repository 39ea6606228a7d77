package parcelatlas.desk;

import java.time.LocalDate;

/**
 * A demolition zone or key project that owes this week's report, with whom it is owed by as the
 * data has them.
 *
 * @param kind {@code zone} or {@code project}
 * @param stage the project's stage on the day ({@code null} for a zone)
 * @param lastReport the day of its latest report before the week ended, or null when it never reported
 */
public record DispatchItem(String kind, String code, String name, String township, String parkCode,
    String leader, String responsibleUnit, String stage, LocalDate lastReport) {}
