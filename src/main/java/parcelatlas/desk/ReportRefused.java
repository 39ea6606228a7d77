package parcelatlas.desk;

import java.util.List;
import java.util.stream.Collectors;
import parcelatlas.domain.Problem;

/**
 * A report or update that cannot be made as it is; {@link Kind} says what the caller should
 * answer, {@link #problems()} what is wrong, each with its stable code and parameters.
 */
public class ReportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the submission is invalid, not the submitter's to make, or overtaken by another. */
  public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

  private final Kind kind;
  private final transient ZoneReport latest;
  private final transient List<Problem> problems;

  /** A refusal without a precise code (the web layer answers the kind's code). */
  public ReportRefused(Kind kind, String message, ZoneReport latest) {
    super(message);
    this.kind = kind;
    this.latest = latest;
    this.problems = List.of();
  }

  public ReportRefused(Kind kind, Problem problem) {
    this(kind, List.of(problem), null);
  }

  /** One or more problems; the message is theirs joined by "; ". */
  public ReportRefused(Kind kind, List<Problem> problems, ZoneReport latest) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
    this.kind = kind;
    this.latest = latest;
    this.problems = List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  /** For a conflict, the report that overtook the submission. */
  public ZoneReport latest() {
    return latest;
  }

  /** What is wrong, with codes and parameters; empty for a refusal made without them. */
  public List<Problem> problems() {
    return problems;
  }
}
