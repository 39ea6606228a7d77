package parcelatlas.domain;

/** Administrative level of an industrial park. */
public enum ParkLevel implements Labelled {
  NATIONAL("national", "国家级", "National"),
  PROVINCIAL("provincial", "省级", "Provincial"),
  MUNICIPAL("municipal", "市级", "Municipal");

  private final String code;
  private final String zh;
  private final String en;

  ParkLevel(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
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
