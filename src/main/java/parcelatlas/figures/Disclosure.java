package parcelatlas.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small-cell rule: a scope's figure summed from projects' internals (tax paid, completed
 * investment) is shown to a viewer who may not read every contributing project only when it cannot
 * give away one project's amount.
 *
 * <p>A project contributes to a month when it recorded an amount above 0 for it. The figure is
 * shown when the viewer may read every contributor; otherwise only when, in every month of the
 * figure's window, the contributors the viewer may not read are none or at least
 * {@link #MIN_PROJECTS}. Counting the unreadable ones (not all of them) stops a viewer from
 * subtracting their own township's projects; counting per month stops subtracting one day's
 * year-to-date figure from another's. For the city, the townships whose figure is withheld from
 * the viewer (and projects with no township) together must pass the same test, or the city total
 * minus the townships shown would give them away.
 */
public final class Disclosure {
  public static final int MIN_PROJECTS = 3;
  public static final String REASON = "suppressed: fewer than " + MIN_PROJECTS
      + " projects whose internals you may not read contribute to it";

  /** One project's amount for one month, with the project's township (null when it has none). */
  record Contribution(long projectId, String township, LocalDate month) {}

  private Disclosure() {}

  /** True when the figure summed from {@code contributions} of a scope may be shown to {@code readers}. */
  static boolean shown(List<Contribution> contributions, Readers readers, boolean city) {
    List<Contribution> unreadable = contributions.stream().filter(c -> !readers.mayRead(c.township())).toList();
    if (!safe(unreadable)) {
      return false;
    }
    if (!city) {
      return true;
    }
    Map<String, List<Contribution>> byTownship = new HashMap<>();
    List<Contribution> hidden = new ArrayList<>();
    for (Contribution c : unreadable) {
      if (c.township() == null) {
        hidden.add(c);
      } else {
        byTownship.computeIfAbsent(c.township(), t -> new ArrayList<>()).add(c);
      }
    }
    byTownship.values().stream().filter(rows -> !safe(rows)).forEach(hidden::addAll);
    return safe(hidden);
  }

  /** True when every month has no contributors or at least {@link #MIN_PROJECTS}. */
  private static boolean safe(List<Contribution> rows) {
    Map<LocalDate, Set<Long>> projects = new HashMap<>();
    for (Contribution c : rows) {
      projects.computeIfAbsent(c.month(), m -> new HashSet<>()).add(c.projectId());
    }
    return projects.values().stream().allMatch(p -> p.size() >= MIN_PROJECTS);
  }
}
