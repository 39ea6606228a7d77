package parcelatlas.desk;

/** A report that cannot be filed as it is; {@link Kind} says what the caller should answer. */
public class ReportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the submission is invalid, not the submitter's to make, or overtaken by another. */
  public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

  private final Kind kind;
  private final transient ZoneReport latest;

  public ReportRefused(Kind kind, String message, ZoneReport latest) {
    super(message);
    this.kind = kind;
    this.latest = latest;
  }

  public Kind kind() {
    return kind;
  }

  /** For a conflict, the report that overtook the submission. */
  public ZoneReport latest() {
    return latest;
  }
}
