package parcelatlas.accounts;

import parcelatlas.domain.Label;
import parcelatlas.domain.Labelled;

/** What a signed-in user is. */
public enum Role implements Labelled {
  OFFICIAL("official", "领导/责任单位", "Official"),
  PLANNER("planner", "规划人员", "Planner"),
  ADMIN("admin", "管理员", "Administrator");

  private final Label label;

  Role(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  @Override
  public Label label() {
    return label;
  }
}
