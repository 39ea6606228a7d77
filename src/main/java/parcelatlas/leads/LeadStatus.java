package parcelatlas.leads;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * Where a lead stands, and the one rule for how it may move:
 * <pre>
 *   new ──► contacted ──► site_visit ──► closed_won
 *    │          │   └──────────────────► closed_won
 *    └──────────┴─────────┴────────────► closed_lost
 * </pre>
 * That is: {@code new} → {@code contacted} or {@code closed_lost} (unreachable, spam);
 * {@code contacted} → {@code site_visit}, {@code closed_won} or {@code closed_lost};
 * {@code site_visit} → {@code closed_won} or {@code closed_lost}. Nothing moves back, and a lead
 * never returns to {@code new}. A closed lead may be reopened only by an admin, and only to
 * {@code contacted} (a deal that fell through, a loss that came back). {@code closed_lost} needs a
 * reason (the note of the move).
 */
public enum LeadStatus {
  NEW, CONTACTED, SITE_VISIT, CLOSED_WON, CLOSED_LOST;

  /** The wire and database form: {@code site_visit}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean closed() {
    return this == CLOSED_WON || this == CLOSED_LOST;
  }

  /** The statuses a lead in this one may move to by anyone who may change it. */
  public Set<LeadStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(CONTACTED, CLOSED_LOST);
      case CONTACTED -> EnumSet.of(SITE_VISIT, CLOSED_WON, CLOSED_LOST);
      case SITE_VISIT -> EnumSet.of(CLOSED_WON, CLOSED_LOST);
      case CLOSED_WON, CLOSED_LOST -> EnumSet.noneOf(LeadStatus.class);
    };
  }

  /** The moves open to this user: {@link #next()}, and for an admin the reopening of a closed lead. */
  public Set<LeadStatus> nextFor(boolean admin) {
    return closed() && admin ? EnumSet.of(CONTACTED) : next();
  }

  /**
   * Refuses a move the rule forbids: a closed lead reopened by a non-admin (403
   * {@code LeadReopenAdminOnly}), any other move not in {@link #nextFor} (409
   * {@code LeadTransitionNotAllowed}, naming the moves that are allowed).
   */
  public void requireMove(LeadStatus to, boolean admin) {
    if (nextFor(admin).contains(to)) {
      return;
    }
    if (closed() && !admin && to == CONTACTED) {
      throw new LeadRefused(403, ErrorCode.LEAD_REOPEN_ADMIN_ONLY, "only an admin may reopen a " + wire() + " lead",
          "from", wire());
    }
    List<String> allowed = nextFor(admin).stream().map(LeadStatus::wire).toList();
    throw new LeadRefused(409, ErrorCode.LEAD_TRANSITION_NOT_ALLOWED, "a lead cannot move from " + wire() + " to "
        + to.wire() + (allowed.isEmpty() ? ": it is closed" : "; allowed: " + String.join(", ", allowed)),
        "from", wire(), "to", to.wire(), "allowed", allowed);
  }

  /** The status of its wire form; BadInput naming {@code field} for anything else. */
  public static LeadStatus parse(String field, String text) {
    for (LeadStatus s : values()) {
      if (s.wire().equals(text)) {
        return s;
      }
    }
    throw new BadInput(ErrorCode.INVALID_PARAMETER_VALUE, field + " must be one of "
        + String.join(", ", Arrays.stream(values()).map(LeadStatus::wire).toList()), "field", field);
  }
}
