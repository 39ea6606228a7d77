package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contest's flags on the desk map stay readable however their labels yield to location names
 * (a full label, its name and flags on one line, or a badge of its flag markers, map-labels.js
 * PRIORITY): each flag label shows, as a marker with a size, the flag of the place it stands for; it
 * holds flagged places only (their counts never buried under projects and zones), and no other label
 * holds one; each place it holds is named in its text or in its title (with the quarter where alone).
 */
public final class FlagLabels {
  private FlagLabels() {}

  /**
   * Fails, naming the labels, unless every flag label on the desk is readable as above; {@code places}
   * the contest map's answer ({@code /api/desk/contest/map}, zh labels); {@code when} starts the message.
   */
  @SuppressWarnings("unchecked")
  public static void assertReadable(Browser browser, JsonNode places, String when) {
    Map<String, String> names = new TreeMap<>();
    for (JsonNode place : places) {
      names.put("flag:" + place.get("of").asText() + ":" + place.get("name").asText(), place.get("label").asText());
    }
    List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.driver().executeScript(
        "return [...document.querySelectorAll('[data-testid=map-flag]')].map(e => {"
            + " const marker = e.querySelector('[data-testid=contest-flag][data-flag=' + e.dataset.flag + ']');"
            + " const r = marker ? marker.getBoundingClientRect() : null;"
            + " return { members: e.dataset.members, form: e.dataset.form, words: e.textContent + '\\n' + e.title,"
            + "   marker: !!r && r.width > 0 && r.height > 0 }; })");
    for (Map<String, Object> label : labels) {
      String members = String.valueOf(label.get("members"));
      assertEquals(true, label.get("marker"), when + "the flag label of " + members + " shows its flag");
      for (String member : members.split("\\|")) {
        assertEquals(true, names.containsKey(member), when + "a flag label holds flagged places only: " + members);
        assertEquals(true, String.valueOf(label.get("words")).contains(names.get(member)),
            when + "the " + label.get("form") + " flag label of " + members + " names " + names.get(member) + ": "
                + label.get("words"));
      }
    }
    assertEquals(List.of(), browser.driver().executeScript("return [...document.querySelectorAll("
        + "'[data-testid=zone-label][data-members], [data-testid=project-label][data-members]')]"
        + ".map(e => e.dataset.members).filter(m => m.split('|').some(k => k.startsWith('flag:')))"),
        when + "labels of projects and zones holding a flagged place");
  }
}
