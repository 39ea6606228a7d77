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
    List<DispatchItem> missing) {

  /** The whole list of {@code missing} (sorted) as a page of at most {@code limit} items from {@code offset}. */
  static DispatchList page(LocalDate asOf, DayOfWeek reportingDay, DispatchWeek week, String township, String parkCode,
      int owedZones, int owedProjects, List<DispatchItem> missing, int offset, int limit) {
    int zones = (int) missing.stream().filter(i -> i.kind().equals("zone")).count();
    int from = Math.min(offset, missing.size());
    List<DispatchItem> page = List.copyOf(missing.subList(from, Math.min(missing.size(), from + limit)));
    return new DispatchList(asOf, reportingDay, week, township, parkCode, owedZones, owedProjects, missing.size(), zones,
        from, page);
  }
}
