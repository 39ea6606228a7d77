package parcelatlas.io;

import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;

/**
 * Input that cannot be imported as it is. The message names the file and, where known, the
 * record (1-based) and the field, so that a user can find the problem in a desktop GIS; its
 * {@link #code()} and {@link #params()} (file, record, field and the problem's own values) let a
 * page say it in the viewer's language ({@link ErrorCode#IMPORT_PROBLEM} when there is no more
 * precise code).
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final Long record;
  private final String field;
  private final String problem;
  private final ErrorCode code;
  private final transient Map<String, Object> extra;

  public BadInputException(String file, Long record, String field, String problem) {
    this(file, record, field, problem, null);
  }

  public BadInputException(String file, Long record, String field, String problem, Throwable cause) {
    this(ErrorCode.IMPORT_PROBLEM, file, record, field, problem, cause);
  }

  /** A problem with a precise code and its own parameters besides file, record and field (name, value…). */
  public BadInputException(ErrorCode code, String file, Long record, String field, String problem, Throwable cause,
      Object... params) {
    super(describe(file, record, field, problem), cause);
    this.file = file;
    this.record = record;
    this.field = field;
    this.problem = problem;
    this.code = code;
    this.extra = Problem.params(params);
  }

  /** A problem of a whole file with a precise code. */
  public static BadInputException ofFile(ErrorCode code, String file, String problem, Object... params) {
    return new BadInputException(code, file, null, null, problem, null, params);
  }

  /** The stable code of this problem. */
  public String code() {
    return code.code();
  }

  /** file, record and field where known, and the problem's own values. */
  public Map<String, Object> params() {
    Map<String, Object> all = new LinkedHashMap<>(Problem.params("file", file, "record", record, "field", field));
    all.putAll(extra);
    return all;
  }

  public static BadInputException ofFile(String file, String problem) {
    return new BadInputException(file, null, null, problem);
  }

  public String file() {
    return file;
  }

  public Long record() {
    return record;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }

  private static String describe(String file, Long record, String field, String problem) {
    StringBuilder where = new StringBuilder(file == null ? "input" : file);
    if (record != null) {
      where.append(", record ").append(record);
    }
    if (field != null) {
      where.append(", field ").append(field);
    }
    return where.append(": ").append(problem).toString();
  }
}
