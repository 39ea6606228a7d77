package parcelatlas.domain;

import java.util.Map;

/**
 * Input a caller sent that the portal refuses as it is: a parameter, a member of a request body,
 * an option. The message says what is wrong and names the field, so the caller can fix it. The
 * web layer answers it with 400, {@link #code()} and {@link #params()} ({@code parcelatlas.web.ApiErrors});
 * the CLI prints the message. Parsers throw this, never a bare {@link IllegalArgumentException}, which
 * stays a programming error (a logged 500). It extends {@code IllegalArgumentException} only so
 * that callers catching that (the CLI) keep working.
 */
public class BadInput extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The code of a refused value that has no more precise {@link ErrorCode}. */
  public static final String CODE = ErrorCode.INVALID_PARAMETER_VALUE.code();
  private final transient Problem problem;

  /** A refusal without a precise code: {@link ErrorCode#INVALID_PARAMETER_VALUE}. */
  public BadInput(String message) {
    this(Problem.of(ErrorCode.INVALID_PARAMETER_VALUE, message));
  }

  public BadInput(String message, Throwable cause) {
    super(message, cause);
    this.problem = Problem.of(ErrorCode.INVALID_PARAMETER_VALUE, message);
  }

  /** A refusal with its code and parameters (name, value, name, value…). */
  public BadInput(ErrorCode code, String message, Object... params) {
    this(Problem.of(code, message, params));
  }

  public BadInput(Problem problem) {
    super(problem.message());
    this.problem = problem;
  }

  /** A stable, machine-readable code for this refusal: the key of its translations. */
  public String code() {
    return problem.code().code();
  }

  /** The values the message names (field, limit, value…), for a translated message. */
  public Map<String, Object> params() {
    return problem.params();
  }

  public Problem problem() {
    return problem;
  }
}
