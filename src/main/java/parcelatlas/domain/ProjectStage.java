package parcelatlas.domain;

/** Stage of an investment project, in order: a project at a stage has passed all earlier ones. */
public enum ProjectStage implements Labelled {
  PLANNED("planned", "谋划", "Planned"),
  SIGNED("signed", "签约", "Signed"),
  LAND_SECURED("land_secured", "落地", "Land secured"),
  STARTED("started", "开工", "Started"),
  COMPLETED("completed", "竣工", "Completed"),
  IN_PRODUCTION("in_production", "投产", "In production");

  private final Label label;

  ProjectStage(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  public boolean atLeast(ProjectStage other) {
    return compareTo(other) >= 0;
  }

  @Override
  public Label label() {
    return label;
  }
}
