package parcelatlas.domain;

/** Land-use class (用地性质) after the national urban land classification, as parks use it. */
public enum LandUse implements Labelled {
  M1("M1", "一类工业用地", "Industrial, class 1"),
  M2("M2", "二类工业用地", "Industrial, class 2"),
  M3("M3", "三类工业用地", "Industrial, class 3"),
  W("W", "物流仓储用地", "Logistics and warehousing"),
  B("B", "商业服务业用地", "Commercial"),
  A("A", "公共管理与公共服务用地", "Public administration and services"),
  R("R", "居住用地", "Residential"),
  S("S", "道路与交通设施用地", "Roads and transport"),
  U("U", "公用设施用地", "Utilities"),
  G("G", "绿地与广场用地", "Green space and squares");

  private final Label label;

  LandUse(String code, String zh, String en) {
    this.label = new Label(code, zh, en);
  }

  @Override
  public Label label() {
    return label;
  }
}
