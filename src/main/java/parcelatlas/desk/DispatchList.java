package parcelatlas.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has not reported in a dispatch week, within what the viewer answers for: one page of them,
 * with the counts of all (a city-wide list at a scaled city's size holds tens of thousands).
 *
 * @param asOf the day asked about; the week is the one containing it
 * @param owedZones how many zones owed a report this week (reported or not)
 * @param owedProjects how many key projects owed a report this week
 * @param numberMissing how many of them have no report in the week (every page)
 * @param missingZones how many of those are zones (the rest are projects)
 * @param offset the position of the page's first item among them
 * @param missing the page of them: zones first, then by township (in Chinese order) and code
 */
public record DispatchList(LocalDate asOf, DayOfWeek reportingDay, DispatchWeek week, String township,
    String parkCode, int owedZones, int owedProjects, int numberMissing, int missingZones, int offset,
    List<DispatchItem> missing) {}
