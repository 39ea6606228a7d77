package parcelatlas.desk;

import java.time.Instant;
import java.time.LocalDate;

/** One filed weekly report of a demolition zone. */
public record ZoneReport(long id, String zoneCode, LocalDate reportDate, int signedHouseholds,
    int demolishedHouseholds, double clearedAreaM2, String note, String changeReason, Long supersedesId,
    String reportedBy, Instant reportedAt) {}
