package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Map labels as the browser lays them out: each label's box [left, top, right, bottom] and the places
 * it stands for ({@code data-places}, else its text), and the check that no two of them overlap.
 */
public final class LabelBoxes {
  private LabelBoxes() {}

  /** The boxes of every element matching {@code css}, each with its {@code data-places}. */
  @SuppressWarnings("unchecked")
  public static List<List<Object>> of(Browser browser, String css) {
    return (List<List<Object>>) browser.driver().executeScript("return [...document.querySelectorAll(arguments[0])]"
        + ".map(e => { const r = e.getBoundingClientRect();"
        + " return [r.left, r.top, r.right, r.bottom, e.dataset.places ?? e.textContent]; })",
        css);
  }

  /**
   * Every label on the desk map, of every kind: zones, projects, contest flags and the location names
   * shown (each with what it stands for: {@code data-members}, or a location's name).
   */
  public static List<List<Object>> allOnDesk(Browser browser) {
    return of(browser, "[data-testid=zone-label], [data-testid=project-label], [data-testid=map-flag],"
        + " .context-label:not([hidden])");
  }

  /**
   * The keys of the places of a kind ("zone", "project", "flag") on the desk map's labels of any
   * kind, one for each label that holds it (its {@code data-members}, kind:key).
   */
  @SuppressWarnings("unchecked")
  public static List<String> membersOnDesk(Browser browser, String kind) {
    return (List<String>) browser.driver().executeScript("return [...document.querySelectorAll('[data-members]')]"
        + ".flatMap(e => e.dataset.members.split('|')).filter(m => m.startsWith(arguments[0] + ':'))"
        + ".map(m => m.slice(arguments[0].length + 1))", kind);
  }

  /** Fails, naming the pair, when two of the boxes overlap; {@code when} starts the message. */
  public static void assertApart(List<List<Object>> boxes, String when) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        List<Object> a = boxes.get(i);
        List<Object> b = boxes.get(j);
        boolean apart = n(a.get(2)) <= n(b.get(0)) || n(b.get(2)) <= n(a.get(0)) || n(a.get(3)) <= n(b.get(1))
            || n(b.get(3)) <= n(a.get(1));
        assertTrue(apart, when + "labels " + a.get(4) + " and " + b.get(4) + " overlap");
      }
    }
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }
}
