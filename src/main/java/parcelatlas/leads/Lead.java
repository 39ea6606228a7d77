package parcelatlas.leads;

import java.time.Instant;

/**
 * A lead as staff read it: the enquiry, where it stands, who works it, and whether it is overdue
 * (still {@code new} past the configured hours).
 */
public record Lead(long id, String parcelCode, String parkCode, String parkName, String name, String contact,
    String message, Instant createdAt, String status, String assignedTo, Instant statusChangedAt,
    Instant handledAt, String handledBy, boolean overdue) {}
