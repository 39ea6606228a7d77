package parcelatlas.demo;

import java.time.LocalDate;

/**
 * An item of a project's issue list (问题清单). {@code closedOn} is null and {@code resolution}
 * empty while the issue is open; closed items (销号) say how they were resolved.
 */
record ProjectIssue(String projectCode, int seq, String description, LocalDate raisedOn,
    String responsible, LocalDate closedOn, String resolution) {}
