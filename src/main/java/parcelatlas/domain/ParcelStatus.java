package parcelatlas.domain;

/** Supply status of a parcel. Investors see only {@link #isPublic() public} ones. */
public enum ParcelStatus implements Labelled {
  RESERVED("reserved", "储备", "Reserved"),
  AVAILABLE("available", "净地可供", "Land-ready"),
  LISTED("listed", "挂牌中", "Listed for transfer"),
  TRANSFERRED("transferred", "已出让", "Transferred"),
  UNDER_CONSTRUCTION("under_construction", "已开工", "Under construction"),
  IN_PRODUCTION("in_production", "已投产", "In production"),
  IDLE("idle", "闲置", "Idle"),
  UNSUPPLIED("unsupplied", "批而未供", "Approved, not supplied");

  private final Label label;

  ParcelStatus(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  public boolean isPublic() {
    return this == AVAILABLE || this == LISTED;
  }

  @Override
  public Label label() {
    return label;
  }
}
