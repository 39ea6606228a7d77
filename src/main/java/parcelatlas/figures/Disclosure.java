package parcelatlas.figures;

import java.time.LocalDate;
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
 *
 * <p>The rule is applied to {@link Cell}s, the unreadable contributors counted per township and
 * month (the database counts them: {@link Contributors}); {@link #shown(List, Readers, boolean)}
 * applies it to single contributions.
 */
public final class Disclosure {
  public static final int MIN_PROJECTS = 3;
  public static final String REASON = "suppressed: fewer than " + MIN_PROJECTS
      + " projects whose internals you may not read contribute to it";

  /** One project's amount for one month, with the project's township (null when it has none). */
  record Contribution(long projectId, String township, LocalDate month) {}

  /** How many distinct projects of a township (null: none) the viewer may not read contributed in a month. */
  record Cell(String township, LocalDate month, long projects) {}

  private Disclosure() {}

  /** True when the figure summed from {@code contributions} of a scope may be shown to {@code readers}. */
  static boolean shown(List<Contribution> contributions, Readers readers, boolean city) {
    Map<List<Object>, Set<Long>> projects = new HashMap<>();
    for (Contribution c : contributions) {
      if (!readers.mayRead(c.township())) {
        projects.computeIfAbsent(java.util.Arrays.asList(c.township(), c.month()), k -> new HashSet<>())
            .add(c.projectId());
      }
    }
    return shown(projects.entrySet().stream().map(e -> new Cell((String) e.getKey().get(0),
        (LocalDate) e.getKey().get(1), e.getValue().size())).toList(), city);
  }

  /** True when a scope's figure whose unreadable contributors are {@code unreadable} may be shown. */
  static boolean shown(List<Cell> unreadable, boolean city) {
    if (!safe(unreadable)) {
      return false;
    }
    if (!city) {
      return true;
    }
    Map<String, List<Cell>> byTownship = new HashMap<>();
    for (Cell c : unreadable) {
      if (c.township() != null) {
        byTownship.computeIfAbsent(c.township(), t -> new java.util.ArrayList<>()).add(c);
      }
    }
    Set<String> withheld = new HashSet<>();
    byTownship.forEach((township, cells) -> {
      if (!safe(cells)) {
        withheld.add(township);
      }
    });
    return safe(unreadable.stream().filter(c -> c.township() == null || withheld.contains(c.township())).toList());
  }

  /** True when every month has no contributors or at least {@link #MIN_PROJECTS} (a project has one township). */
  private static boolean safe(List<Cell> cells) {
    Map<LocalDate, Long> projects = new HashMap<>();
    for (Cell c : cells) {
      projects.merge(c.month(), c.projects(), Long::sum);
    }
    return projects.values().stream().allMatch(n -> n >= MIN_PROJECTS);
  }
}
