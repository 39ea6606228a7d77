package parcelatlas.domain;

/**
 * The kinds of location-context point (区位要素) the portal knows: the one allow-list of their
 * codes, with Chinese and English labels. Stored in {@code context_points.kind}, named in the
 * investor filter ({@code max_km.highway_exit}) and in site matching.
 */
public enum ContextKind implements Labelled {
  HIGHWAY_EXIT("highway_exit", "高速出入口", "Highway exit"),
  RAIL_FREIGHT("rail_freight", "铁路货运站", "Rail freight station"),
  PORT("port", "港口", "Port"),
  AIRPORT("airport", "机场", "Airport"),
  SUBSTATION("substation", "变电站", "Substation"),
  WATER_WORKS("water_works", "水厂", "Water works");

  private final Label label;

  ContextKind(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  @Override
  public Label label() {
    return label;
  }

  /** The kind with exactly this code, or null. */
  public static ContextKind byCode(String code) {
    for (ContextKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    return null;
  }
}
