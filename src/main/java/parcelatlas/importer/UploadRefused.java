package parcelatlas.importer;

import java.util.List;
import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;
import parcelatlas.io.BadInputException;

/** An upload or a step on one that is refused before anything is stored or imported. */
public class UploadRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: each maps to one HTTP status. */
  public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, UNREADABLE, NOT_FOUND }

  private final Reason reason;
  private final transient List<BadInputException> problems;
  private final transient Problem problem;

  /** A refusal with the code of its reason and no parameters. */
  public UploadRefused(Reason reason, String message) {
    this(reason, message, List.of());
  }

  public UploadRefused(Reason reason, String message, List<BadInputException> problems) {
    this(reason, Problem.of(switch (reason) {
      case TOO_LARGE -> ErrorCode.UPLOAD_TOO_LARGE;
      case UNSUPPORTED_TYPE -> ErrorCode.UPLOAD_TYPE_UNSUPPORTED;
      case UNREADABLE -> ErrorCode.UPLOAD_UNREADABLE;
      case NOT_FOUND -> ErrorCode.UPLOAD_NOT_FOUND;
    }, message), problems);
  }

  public UploadRefused(Reason reason, Problem problem) {
    this(reason, problem, List.of());
  }

  public UploadRefused(Reason reason, Problem problem, List<BadInputException> problems) {
    super(problem.message());
    this.reason = reason;
    this.problem = problem;
    this.problems = List.copyOf(problems);
  }

  /** The stable code of this refusal (see {@link ErrorCode}). */
  public String code() {
    return problem.code().code();
  }

  /** The values the message names, for a translated message. */
  public Map<String, Object> params() {
    return problem.params();
  }

  public Reason reason() {
    return reason;
  }

  /** What is wrong with the file, naming file, record and field where known. */
  public List<BadInputException> problems() {
    return problems;
  }
}
