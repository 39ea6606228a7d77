package parcelatlas.figures;

/**
 * Whose projects' internals (tax paid, monthly investment, milestones, issues, notes) a viewer may
 * read: every township's, or one township's, or none ({@code all} false and {@code township}
 * null). Built from the desk's who-sees-what rule ({@code desk.ZoneAccess}); the figures only
 * consult it.
 */
public record Readers(boolean all, String township) {
  /** Admins, planners and city-wide officials: every project. */
  public static final Readers EVERY_PROJECT = new Readers(true, null);

  /** True when the viewer may read the internals of a project of {@code projectTownship} (null: none). */
  public boolean mayRead(String projectTownship) {
    return all || (township != null && township.equals(projectTownship));
  }
}
