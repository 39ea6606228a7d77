package parcelatlas.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded stage change of a project.
 *
 * @param effectiveDate the day the project reached the stage; null for a baseline "as imported"
 *     row, whose date is unknown and which counts on every day
 * @param reason why a change skips stages or goes back (required then), else null
 */
public record StageChange(String stage, LocalDate effectiveDate, String note, String reason, String recordedBy,
    Instant recordedAt) {}
