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

  private final String code;
  private final String zh;
  private final String en;

  ParcelStatus(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  public boolean isPublic() {
    return this == AVAILABLE || this == LISTED;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
