package parcelatlas.domain;

/** Which government lists a project as a key project (重点项目). */
public enum ProjectLevel implements Labelled {
  PROVINCIAL("provincial", "省重点", "Provincial key"),
  MUNICIPAL("municipal", "市重点", "Municipal key"),
  DISTRICT("district", "区重点", "District key");

  private final Label label;

  ProjectLevel(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  @Override
  public Label label() {
    return label;
  }
}
