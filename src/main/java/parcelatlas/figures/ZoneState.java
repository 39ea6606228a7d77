package parcelatlas.figures;

import java.time.LocalDate;

/** A demolition zone on a day: its targets, its latest report on or before the day, and whether it is overdue. */
public record ZoneState(String code, String township, Integer targetHouseholds, Double targetFloorAreaM2,
    LocalDate deadline, LocalDate latestReportDate, int signedHouseholds, int demolishedHouseholds,
    double clearedAreaM2, Double signedPct, Double demolishedPct, Double clearedPct, boolean overdue,
    double penaltyWan) {}
