package parcelatlas.desk;

import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.figures.Readers;

/**
 * Who may see and who may change a zone's or a project's internals. An official answers for one
 * township (or park), or for the whole city when unscoped; a zone or project belongs to its
 * township.
 *
 * <p>The product rule (挂图作战): headline progress — the map's zone colours and percentages,
 * the figures, the rankings, the CSV — is shown to all staff whatever their township, because
 * comparing townships is the point of it. Internals — a zone's report history with its notes and
 * reasons, a project's stage history, tax paid, milestones and issue list — are read only by the
 * own township, city-wide officials, planners and admins, and changed only by the own township
 * and city-wide officials. A headline figure summed from internals (tax, completed investment) is
 * withheld from a viewer who could learn one project's amount from it ({@link #readers}).
 */
public final class ZoneAccess {
  private ZoneAccess() {}

  /**
   * Whose projects' internals {@code user} may read, by {@link #canRead}: what the figures consult
   * to withhold a small cell (see {@link parcelatlas.figures.Disclosure}).
   */
  public static Readers readers(User user) {
    if (user.role() == Role.ADMIN || user.role() == Role.PLANNER || cityWide(user)) {
      return Readers.EVERY_PROJECT;
    }
    return new Readers(false, user.role() == Role.OFFICIAL ? user.scopeTownship() : null);
  }

  static boolean cityWide(User user) {
    return user.role() == Role.OFFICIAL && user.scopeTownship() == null && user.scopeParkCode() == null;
  }

  /** Admins, planners, city-wide officials and the zone's own township. */
  public static boolean canRead(User user, String zoneTownship) {
    return user.role() == Role.ADMIN || user.role() == Role.PLANNER || cityWide(user)
        || (user.role() == Role.OFFICIAL && zoneTownship.equals(user.scopeTownship()));
  }

  /** The zone's own township's officials, and city-wide officials. */
  public static boolean canReport(User user, String zoneTownship) {
    return cityWide(user) || (user.role() == Role.OFFICIAL && zoneTownship.equals(user.scopeTownship()));
  }
}
