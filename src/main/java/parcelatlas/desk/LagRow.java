package parcelatlas.desk;

import java.time.LocalDate;

/**
 * One line of the desk's lagging list (滞后清单) on a day: a zone or a project, the date it is
 * measured against ({@code dueKind}: {@code deadline}, {@code start} or {@code production}), the
 * days past it (negative: days left; null: nothing due), its colour and, for a zone, whether the
 * figures count it overdue and its demolition progress that day.
 */
public record LagRow(String kind, String code, String name, String township, String leader, LocalDate due,
    String dueKind, Long daysLate, String rag, boolean overdue, Double demolishedPct) {}
