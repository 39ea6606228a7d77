package parcelatlas.importer;

import java.util.List;
import parcelatlas.io.BadInputException;

/** An upload or a step on one that is refused before anything is stored or imported. */
public class UploadRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: each maps to one HTTP status. */
  public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, UNREADABLE, NOT_FOUND }

  private final Reason reason;
  private final transient List<BadInputException> problems;

  public UploadRefused(Reason reason, String message) {
    this(reason, message, List.of());
  }

  public UploadRefused(Reason reason, String message, List<BadInputException> problems) {
    super(message);
    this.reason = reason;
    this.problems = List.copyOf(problems);
  }

  public Reason reason() {
    return reason;
  }

  /** What is wrong with the file, naming file, record and field where known. */
  public List<BadInputException> problems() {
    return problems;
  }
}
