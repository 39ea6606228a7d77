package parcelatlas.domain;

/** Which government lists a project as a key project (重点项目). */
public enum ProjectLevel implements Labelled {
  PROVINCIAL("provincial", "省重点", "Provincial key"),
  MUNICIPAL("municipal", "市重点", "Municipal key"),
  DISTRICT("district", "区重点", "District key");

  private final String code;
  private final String zh;
  private final String en;

  ProjectLevel(String code, String zh, String en) {
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
