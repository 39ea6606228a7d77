package parcelatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every repair of an import counted by its kind, keeping each kind's first {@link
 * ProblemTally#EXAMPLES} in file order: a file whose every geometry needed a repair costs a count,
 * not a list the size of the file (in memory, in the preview, in the audit log). Not thread-safe.
 */
final class RepairTally {
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, List<Repair>> examples = new LinkedHashMap<>();
  private long count;

  void add(Repair repair) {
    String kind = Repair.kind(repair.problem());
    count++;
    counts.merge(kind, 1L, Long::sum);
    List<Repair> kept = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (kept.size() < ProblemTally.EXAMPLES) {
      kept.add(repair);
    }
  }

  /** How many geometries were repaired. */
  long count() {
    return count;
  }

  /** The repairs by kind, in the order the kinds were first met. */
  List<RepairGroup> groups() {
    List<RepairGroup> out = new ArrayList<>();
    counts.forEach((kind, n) -> out.add(new RepairGroup(kind, n, List.copyOf(examples.get(kind)))));
    return List.copyOf(out);
  }
}
