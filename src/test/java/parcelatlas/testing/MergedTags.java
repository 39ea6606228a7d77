package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;

/**
 * What a merged desk-map label must say it holds beside its first place, reckoned from the data:
 * each other place it holds ({@code data-members}, kind:key) looked up in the database (zones,
 * projects) or the contest's map answer (a flagged place: red when any of its flags is red, else
 * yellow) and counted per kind there, never by reading the page's counts: "另 2 处红旗、12 个项目"
 * in Chinese, "+2 red flags, 12 projects" in English.
 */
public final class MergedTags {
  private static final String[] KINDS = {"red", "yellow", "project", "zone"};
  private static final Map<String, String> ZH = Map.of("red", "处红旗", "yellow", "处黄旗", "project", "个项目", "zone", "个片区");
  private static final Map<String, String[]> EN = Map.of("red", new String[] {"red flag", "red flags"},
      "yellow", new String[] {"yellow flag", "yellow flags"}, "project", new String[] {"project", "projects"},
      "zone", new String[] {"zone", "zones"});

  private final Map<String, String> kindOf = new HashMap<>(); // kind:key of a place → its tally

  /** The places of the city: zones and projects from the database, flagged places from /api/desk/contest/map. */
  public MergedTags(Storage storage, JsonNode flagPlaces) {
    for (Map<String, Object> row : Sql.rows(storage, "SELECT code FROM demolition_zones")) {
      kindOf.put("zone:" + row.get("code"), "zone");
    }
    for (Map<String, Object> row : Sql.rows(storage, "SELECT code FROM projects")) {
      kindOf.put("project:" + row.get("code"), "project");
    }
    for (JsonNode place : flagPlaces) {
      boolean red = false;
      for (JsonNode flag : place.get("flags")) {
        red |= "red".equals(flag.get("flag").asText());
      }
      kindOf.put("flag:" + place.get("of").asText() + ":" + place.get("name").asText(), red ? "red" : "yellow");
    }
  }

  /** The tag a label with these data-members (its own place first) must show, in lang "zh" or "en". */
  public String expected(String members, String lang) {
    String[] keys = members.split("\\|");
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String kind : KINDS) {
      counts.put(kind, 0);
    }
    for (int i = 1; i < keys.length; i++) {
      String kind = kindOf.get(keys[i]);
      assertTrue(kind != null, "a place of the data: " + keys[i]);
      counts.merge(kind, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((kind, n) -> {
      if (n > 0) {
        parts.add("zh".equals(lang) ? n + " " + ZH.get(kind) : n + " " + EN.get(kind)[n == 1 ? 0 : 1]);
      }
    });
    return "zh".equals(lang) ? "另 " + String.join("、", parts) : "+" + String.join(", ", parts);
  }

  /** Every merged label on the desk map shows the tag its places call for; returns how many were checked. */
  @SuppressWarnings("unchecked")
  public int assertAll(Browser browser, String lang) {
    List<List<String>> merged = (List<List<String>>) browser.driver().executeScript(
        "return [...document.querySelectorAll('.is-merged[data-members]')].map(e => [e.dataset.members,"
            + " e.querySelector('[data-testid$=-more]').textContent])");
    for (List<String> label : merged) {
      assertEquals(expected(label.get(0), lang), label.get(1), "the tag of the label holding " + label.get(0));
    }
    return merged.size();
  }
}
