package parcelatlas.demo;

import java.util.List;
import java.util.Map;

/**
 * What projects of each industry (所属产业) are called and who invests in them: name patterns with
 * a capacity figure ("年产{n}万吨…项目"), the trade words of investor company names, and the range
 * of total investment in 万元 for a project that has no parcel to size it by.
 */
final class ProjectTemplates {
  /** The patterns and figures of one industry; {n} in a pattern takes one of {@code sizes}. */
  record Trade(List<String> patterns, List<Integer> sizes, List<String> investorWords,
      Range investmentWan) {}

  static final Map<String, Trade> TRADES = Map.of(
      "装备制造", new Trade(List.of("年产{n}台（套）智能数控机床项目", "年产{n}万套汽车精密零部件项目",
          "高端液压元件生产基地项目", "年产{n}台工程机械结构件项目", "工业机器人及智能产线集成项目"),
          List.of(50, 80, 120, 200, 500, 800), List.of("智能装备", "精密机械", "重工机械", "汽车零部件"),
          new Range(20_000, 150_000)),
      "新材料", new Trade(List.of("年产{n}万吨高性能铝合金型材项目", "年产{n}万吨特种工程塑料项目",
          "碳纤维复合材料生产线项目", "年产{n}万吨高端不锈钢精密带材项目"),
          List.of(2, 3, 5, 8, 10), List.of("新材料", "合金材料", "复合材料"),
          new Range(30_000, 200_000)),
      "电子信息", new Trade(List.of("年产{n}亿只片式电容器项目", "智能终端模组生产基地项目",
          "年产{n}万平方米柔性电路板项目", "半导体封装测试项目", "新型显示背光模组项目"),
          List.of(5, 10, 20, 30, 60), List.of("电子科技", "微电子", "光电科技"),
          new Range(20_000, 250_000)),
      "生物医药", new Trade(List.of("原料药及制剂生产基地项目", "医疗器械产业化项目",
          "年产{n}吨生物发酵制品项目", "中药配方颗粒生产项目"),
          List.of(500, 1000, 3000), List.of("生物医药", "药业", "医疗器械"),
          new Range(15_000, 120_000)),
      "精细化工", new Trade(List.of("年产{n}万吨环保型水性涂料项目", "年产{n}000吨医药中间体项目",
          "年产{n}万吨水处理剂项目", "电子级化学品项目"),
          List.of(2, 3, 5, 10), List.of("化工", "精细化学品", "新型化工材料"),
          new Range(20_000, 150_000)),
      "物流仓储", new Trade(List.of("冷链物流中心项目", "智慧物流园项目", "公铁水多式联运枢纽项目",
          "农产品电商仓储配送中心项目", "快递区域分拨中心项目", "年吞吐{n}00万吨内河港口物流项目",
          "{n}万平方米高标准仓储项目"),
          List.of(5, 8, 10, 12, 15, 20), List.of("物流", "供应链管理", "冷链物流"),
          new Range(10_000, 80_000)),
      "食品加工", new Trade(List.of("年产{n}万吨休闲食品项目", "中央厨房及预制菜加工项目",
          "年产{n}万吨面粉深加工项目", "乳制品加工项目", "年产{n}万吨果蔬饮料项目"),
          List.of(2, 3, 5, 10, 20), List.of("食品", "食品科技", "农业发展"),
          new Range(10_000, 80_000)),
      "新能源", new Trade(List.of("年产{n}GWh锂电池储能系统项目", "年产{n}万套光伏组件支架项目",
          "氢能装备制造项目", "年产{n}万吨锂电池正极材料项目"),
          List.of(2, 5, 10, 20), List.of("新能源科技", "储能科技", "光伏科技"),
          new Range(50_000, 500_000)),
      "节能环保", new Trade(List.of("年处理{n}万吨废旧金属再生利用项目", "废旧动力电池回收利用项目",
          "建筑垃圾资源化利用项目", "年产{n}00台（套）环保装备项目"),
          List.of(5, 10, 20, 30), List.of("环保科技", "再生资源", "资源循环科技"),
          new Range(10_000, 100_000)));

  private ProjectTemplates() {}

  /** A project name for {@code trade}, e.g. "年产5万吨高性能铝合金型材项目". */
  static String name(String trade, Dice dice) {
    Trade t = TRADES.get(trade);
    return dice.pick(t.patterns()).replace("{n}", String.valueOf(dice.pick(t.sizes())));
  }
}
