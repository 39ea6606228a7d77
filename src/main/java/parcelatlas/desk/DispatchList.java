package parcelatlas.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has not reported in a dispatch week, within what the viewer answers for.
 *
 * @param asOf the day asked about; the week is the one containing it
 * @param owedZones how many zones owed a report this week (reported or not)
 * @param owedProjects how many key projects owed a report this week
 * @param missing those of them without a report in the week: zones first, then by township (in Chinese order) and code
 */
public record DispatchList(LocalDate asOf, DayOfWeek reportingDay, DispatchWeek week, String township,
    String parkCode, int owedZones, int owedProjects, List<DispatchItem> missing) {}
