package parcelatlas.importer;

import java.util.List;
import parcelatlas.io.BadInputException;

/** An import refused: nothing was written. Lists every problem found, up to a limit. */
public class ImportFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<BadInputException> problems;

  public ImportFailedException(List<BadInputException> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<BadInputException> problems() {
    return problems;
  }

  private static String describe(List<BadInputException> problems) {
    StringBuilder out = new StringBuilder("import refused, nothing was written (")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
    problems.forEach(p -> out.append("\n  ").append(p.getMessage()));
    return out.toString();
  }
}
