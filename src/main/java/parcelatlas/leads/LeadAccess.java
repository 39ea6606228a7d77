package parcelatlas.leads;

import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.domain.ErrorCode;

/**
 * Who may see and work leads: admins and city-wide officials (no township, no park) every park's;
 * an official scoped to a park that park's; nobody else (planners and township officials have no
 * business with investors' contact details).
 *
 * @param park the one park the user works, or null for every park
 * @param admin the user is an admin (who alone may reopen a closed lead)
 */
public record LeadAccess(String username, String park, boolean admin) {
  /**
   * Who may be assigned a lead of park {@code ?}, as SQL over {@code users}: an admin, a city-wide
   * official or an official of that park (the caller also requires {@code disabled = FALSE}).
   */
  static final String ASSIGNEE_RULE = "(role = 'admin' OR (role = 'official' AND scope_township IS NULL"
      + " AND (scope_park_code IS NULL OR scope_park_code = ?)))";

  /** The user's access; LeadRefused 403 {@code EnquiriesForParkStaff} for a user with none. */
  public static LeadAccess of(User user) {
    boolean admin = user.role() == Role.ADMIN;
    if (admin || (user.role() == Role.OFFICIAL && user.scopeTownship() == null && user.scopeParkCode() == null)) {
      return new LeadAccess(user.username(), null, admin);
    }
    if (user.role() == Role.OFFICIAL && user.scopeTownship() == null) {
      return new LeadAccess(user.username(), user.scopeParkCode(), false);
    }
    throw new LeadRefused(403, ErrorCode.ENQUIRIES_FOR_PARK_STAFF, "leads are for park staff, city-wide officials"
        + " and admins");
  }

  /**
   * The park a request may look at: {@code requested} when the user works every park (null: all),
   * the user's own park otherwise; LeadRefused 403 when a park official asks for another park.
   */
  public String parkFilter(String requested) {
    if (park == null) {
      return requested;
    }
    requireSees(requested == null ? park : requested);
    return park;
  }

  /** Refuses (403 {@code LeadOfAnotherPark}) a lead of a park the user does not work. */
  public void requireSees(String leadPark) {
    if (park != null && !park.equals(leadPark)) {
      throw new LeadRefused(403, ErrorCode.LEAD_OF_ANOTHER_PARK, "this lead belongs to another park; you work the"
          + " leads of park " + park + " only", "park", park);
    }
  }
}
