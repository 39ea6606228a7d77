package parcelatlas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per class of request: count, errors and latencies; thread-safe; prints a table. */
final class SoakStats {
  private final Map<String, List<Long>> latencies = new TreeMap<>();
  private final Map<String, Integer> errors = new TreeMap<>();
  private final Map<String, Map<String, Integer>> statuses = new TreeMap<>();

  /** Records one request of {@code kind}: its latency, whether it is an error, and its status (or exception). */
  synchronized void record(String kind, long nanos, boolean error, String status) {
    latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    errors.merge(kind, error ? 1 : 0, Integer::sum);
    statuses.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
  }

  synchronized long total() {
    return latencies.values().stream().mapToLong(List::size).sum();
  }

  /** The table: class, count, errors, p50, p95, p99 (ms), statuses seen. */
  synchronized String table() {
    StringBuilder out = new StringBuilder(String.format("%-22s %8s %7s %9s %9s %9s  %s%n",
        "class", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "statuses"));
    for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
      List<Long> sorted = new ArrayList<>(e.getValue());
      Collections.sort(sorted);
      out.append(String.format("%-22s %8d %7d %9.1f %9.1f %9.1f  %s%n", e.getKey(), sorted.size(),
          errors.get(e.getKey()), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
          statuses.get(e.getKey())));
    }
    return out.toString();
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }
}
