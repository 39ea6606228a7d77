package parcelatlas.investor;

import java.util.List;
import parcelatlas.features.Feature;

/** A parcel ranked against an investor's needs: score 0–100 and the reasons. */
public record Match(Feature feature, int score, List<Reason> fits, List<Reason> misses) {

  public String code() {
    return (String) feature.properties().get("code");
  }
}
