package parcelatlas.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.contest.Contest;
import parcelatlas.contest.ContestRule;
import parcelatlas.contest.Quarter;
import parcelatlas.figures.Scope;

/**
 * The quarterly contest's red and yellow flags (红旗 / 黄旗) for the desk map: the townships and
 * parks flagged in the quarter of the desk's day (published, else as the records stand) and in the
 * latest published quarter before it, each once with its flags and the box it is drawn in (its
 * zones' and projects' extent, as {@link DeskExtent}). Places without anything on the map are left out.
 */
public final class MapFlags {
  private final Contest contest;
  private final DeskExtent extent;

  public MapFlags(Contest contest, DeskExtent extent) {
    this.contest = contest;
    this.extent = extent;
  }

  /**
   * {@code {quarter, publishedQuarter, places: [{of, name, label, bbox, flags: [{flag, quarter, published}]}]}}
   * as of {@code day}; {@code today} the portal's day (a running quarter is scored up to it).
   */
  public Map<String, Object> on(LocalDate day, LocalDate today) {
    Quarter current = Quarter.of(day);
    Quarter lastPublished = contest.publishedQuarters().stream()
        .filter(q -> q.end().isBefore(current.start())).findFirst().orElse(null);
    Map<String, Map<String, Object>> places = new LinkedHashMap<>();
    for (String of : List.of("townships", "parks")) {
      add(places, contest.result(current, of, today));
      if (lastPublished != null) {
        contest.published(lastPublished, of).ifPresent(r -> add(places, r));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quarter", current.toString());
    body.put("publishedQuarter", lastPublished == null ? null : lastPublished.toString());
    body.put("places", new ArrayList<>(places.values()));
    return body;
  }

  @SuppressWarnings("unchecked")
  private void add(Map<String, Map<String, Object>> places, Contest.Result result) {
    for (ContestRule.Standing s : result.standings()) {
      if (s.flag() == null) {
        continue;
      }
      Map<String, Object> place = places.get(result.of() + ":" + s.name());
      if (place == null) {
        Scope scope = new Scope(result.of().equals("parks") ? Scope.Kind.PARK : Scope.Kind.TOWNSHIP, s.name());
        double[] box = extent.box(scope);
        if (box == null) {
          continue;
        }
        place = new LinkedHashMap<>();
        place.put("of", result.of());
        place.put("name", s.name());
        place.put("label", s.label());
        place.put("bbox", box);
        place.put("flags", new ArrayList<Map<String, Object>>());
        places.put(result.of() + ":" + s.name(), place);
      }
      ((List<Map<String, Object>>) place.get("flags")).add(Map.of("flag", s.flag(),
          "quarter", result.quarter().toString(), "published", result.published()));
    }
  }
}
