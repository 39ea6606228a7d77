package parcelatlas.demo;

import java.time.LocalDate;

/**
 * One weekly report (周调度) of a demolition zone: cumulative households signed and demolished and
 * cumulative floor area cleared, in m². {@code note} is empty when there is nothing to say; a
 * report whose figures are lower than the week before says why, starting with "核减".
 */
record ZoneReport(String zoneCode, LocalDate date, int signed, int demolished, double clearedM2,
    String note) {}
