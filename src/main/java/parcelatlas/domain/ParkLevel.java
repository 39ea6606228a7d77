package parcelatlas.domain;

/** Administrative level of an industrial park. */
public enum ParkLevel implements Labelled {
  NATIONAL("national", "国家级", "National"),
  PROVINCIAL("provincial", "省级", "Provincial"),
  MUNICIPAL("municipal", "市级", "Municipal");

  private final Label label;

  ParkLevel(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  @Override
  public Label label() {
    return label;
  }
}
