package parcelatlas.io;

/**
 * Input that cannot be imported as it is. The message names the file and, where known, the
 * record (1-based) and the field, so that a user can find the problem in a desktop GIS.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final Long record;
  private final String field;
  private final String problem;

  public BadInputException(String file, Long record, String field, String problem) {
    this(file, record, field, problem, null);
  }

  public BadInputException(String file, Long record, String field, String problem, Throwable cause) {
    super(describe(file, record, field, problem), cause);
    this.file = file;
    this.record = record;
    this.field = field;
    this.problem = problem;
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
