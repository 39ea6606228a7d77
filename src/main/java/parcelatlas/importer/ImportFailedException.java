package parcelatlas.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.io.BadInputException;

/** An import refused: nothing was written. Lists every problem found, up to a limit. */
public class ImportFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<BadInputException> problems;
  private final transient Map<String, Long> counts;

  public ImportFailedException(List<BadInputException> problems) {
    this(problems, null);
  }

  /**
   * @param counts code → how many problems of that code the import met (more than it lists);
   *     null to count the listed ones
   */
  public ImportFailedException(List<BadInputException> problems, Map<String, Long> counts) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
    Map<String, Long> tally = new LinkedHashMap<>();
    if (counts == null) {
      problems.forEach(p -> tally.merge(p.code(), 1L, Long::sum));
    } else {
      tally.putAll(counts);
    }
    this.counts = Collections.unmodifiableMap(tally);
  }

  /** Code → how many problems of that code were met, in the order first met. */
  public Map<String, Long> counts() {
    return counts;
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
