package parcelatlas.importer;

/** A feature whose geometry was repaired on import, and what was wrong with it. */
public record Repair(long record, String code, String problem) {

  /** The kind of a repair's problem: what the geometry check said, without where ("Self-intersection"). */
  public static String kind(String problem) {
    if (problem == null) {
      return "invalid";
    }
    int at = problem.indexOf(" at (");
    return at < 0 ? problem : problem.substring(0, at);
  }
}
