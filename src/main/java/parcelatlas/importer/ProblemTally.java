package parcelatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.io.BadInputException;

/**
 * Every problem of an import counted by its code, keeping the first {@link #LIMIT} in file order
 * and, for each code, its first {@link #EXAMPLES} (so a kind met late in the file still has
 * examples). Memory stays bounded however many records are refused. Not thread-safe.
 */
final class ProblemTally {
  /** The problems kept in file order. */
  static final int LIMIT = 50;
  /** The examples kept for each code. */
  static final int EXAMPLES = 5;
  private final List<BadInputException> first = new ArrayList<>();
  private final List<BadInputException> examples = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  void add(BadInputException problem) {
    long seen = counts.merge(problem.code(), 1L, Long::sum);
    if (first.size() < LIMIT) {
      first.add(problem);
    }
    if (seen <= EXAMPLES) {
      examples.add(problem);
    }
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The first problems, then the examples of later kinds not among them. */
  List<BadInputException> kept() {
    List<BadInputException> out = new ArrayList<>(first);
    examples.stream().filter(p -> !first.contains(p)).forEach(out::add);
    return out;
  }

  /** Code → how many problems had it, in the order the codes were first met. */
  Map<String, Long> counts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
