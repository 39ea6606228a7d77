package parcelatlas.desk;

import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;

/**
 * Who may see and who may report a demolition zone's internals. An official answers for one
 * township (or park), or for the whole city when unscoped; a zone belongs to its township.
 */
final class ZoneAccess {
  private ZoneAccess() {}

  static boolean cityWide(User user) {
    return user.role() == Role.OFFICIAL && user.scopeTownship() == null && user.scopeParkCode() == null;
  }

  /** Admins, planners, city-wide officials and the zone's own township. */
  static boolean canRead(User user, String zoneTownship) {
    return user.role() == Role.ADMIN || user.role() == Role.PLANNER || cityWide(user)
        || (user.role() == Role.OFFICIAL && zoneTownship.equals(user.scopeTownship()));
  }

  /** The zone's own township's officials, and city-wide officials. */
  static boolean canReport(User user, String zoneTownship) {
    return cityWide(user) || (user.role() == Role.OFFICIAL && zoneTownship.equals(user.scopeTownship()));
  }
}
