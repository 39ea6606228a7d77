package parcelatlas.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParkLevel;

/**
 * The seven parks of 青岚市, spread around the city centre (about 117.30°E, 34.73°N, i.e.
 * 39 527 000 E, 3 844 000 N in EPSG:4527) far enough apart that their boundaries cannot meet.
 * Older parks (经开区, 高新区) are mature and fully serviced; the newer ones are mostly reserve.
 */
final class ParkCatalog {
  private ParkCatalog() {}

  static List<ParkSpec> parks() {
    return List.of(
        new ParkSpec("QL-P01", "青岚经济技术开发区",
            "Qinglan Economic and Technological Development Zone", ParkLevel.NATIONAL,
            "装备制造、新材料", 14.0, 39_533_500, 3_843_000, 8, 7, 0.85,
            List.of("东湖街道", "城关街道"),
            uses(LandUse.M2, 50, LandUse.M1, 36, LandUse.B, 5, LandUse.W, 3, LandUse.U, 3,
                LandUse.G, 3),
            new Range(30, 42), new Range(350, 450), new Range(20, 35),
            List.of("高端装备制造、汽车零部件", "新型金属材料、先进高分子材料",
                "工程机械及关键零部件", "智能制造装备、工业机器人"),
            List.of("装备制造", "新材料"),
            "青岚市经开区泰山路1号",
            "青岚经济技术开发区2012年升格为国家级经开区，已形成装备制造、新材料两大主导产业集群。"
                + "区内道路、管网等基础设施实现七通一平，可满足各类制造业项目快速落地。"),
        new ParkSpec("QL-P02", "青岚高新技术产业开发区",
            "Qinglan High-tech Industrial Development Zone", ParkLevel.PROVINCIAL,
            "电子信息、生物医药", 10.0, 39_525_000, 3_851_500, -5, 7, 0.75,
            List.of("北辰街道", "城关街道"),
            uses(LandUse.M1, 74, LandUse.M2, 8, LandUse.B, 10, LandUse.U, 3, LandUse.G, 5),
            new Range(35, 48), new Range(320, 430), new Range(18, 32),
            List.of("电子元器件、智能终端", "集成电路封装测试", "生物医药、医疗器械",
                "软件与信息服务、研发中试"),
            List.of("电子信息", "生物医药"),
            "青岚市高新区科创大道88号",
            "青岚高新区聚焦电子信息和生物医药产业，建有科技企业孵化器和中试基地。"
                + "区内标准厂房与研发用地配套齐全，适合科技型企业入驻。"),
        new ParkSpec("QL-P03", "青岚化工园区",
            "Qinglan Chemical Industry Park", ParkLevel.PROVINCIAL,
            "精细化工", 7.0, 39_539_500, 3_833_500, 15, 5, 0.6,
            List.of("柳泉镇"),
            uses(LandUse.M3, 80, LandUse.W, 8, LandUse.U, 6, LandUse.G, 6),
            new Range(22, 32), new Range(300, 400), new Range(15, 30),
            List.of("医药中间体、农药制剂", "涂料、胶粘剂等专用化学品", "水处理剂、电子化学品"),
            List.of("精细化工"),
            "青岚市柳泉镇化工园区纬三路6号",
            "青岚化工园区是省级认定化工园区，实行封闭化管理，配套建设集中污水处理厂和危废处置中心。"
                + "园区重点发展精细化工和专用化学品。"),
        new ParkSpec("QL-P04", "青岚临港物流园",
            "Qinglan Port Logistics Park", ParkLevel.MUNICIPAL,
            "物流仓储、商贸服务", 8.0, 39_516_000, 3_842_000, -10, 5, 0.55,
            List.of("临港镇"),
            uses(LandUse.W, 74, LandUse.B, 10, LandUse.M1, 8, LandUse.U, 3, LandUse.G, 5),
            new Range(20, 30), new Range(200, 260), new Range(8, 15),
            List.of("港口物流、多式联运", "冷链仓储、农产品集散", "电商快递分拨"),
            List.of("物流仓储"),
            "青岚市临港镇港城路16号",
            "青岚临港物流园依托内河港区和铁路专用线，发展港口物流、冷链仓储和电商分拨。"
                + "园区距高速公路出入口约3公里。"),
        new ParkSpec("QL-P05", "青岚食品产业园",
            "Qinglan Food Industry Park", ParkLevel.MUNICIPAL,
            "食品加工", 6.0, 39_519_000, 3_832_500, 4, 5, 0.6,
            List.of("双河镇"),
            uses(LandUse.M1, 85, LandUse.W, 6, LandUse.U, 3, LandUse.G, 6),
            new Range(16, 24), new Range(220, 300), new Range(10, 20),
            List.of("粮油及农副产品深加工", "休闲食品、预制菜", "乳制品及饮料"),
            List.of("食品加工"),
            "青岚市双河镇食品园大道9号",
            "青岚食品产业园以粮油深加工和预制菜为特色，周边有优质小麦和蔬菜种植基地。"),
        new ParkSpec("QL-P06", "青岚新能源产业园",
            "Qinglan New Energy Industry Park", ParkLevel.PROVINCIAL,
            "新能源、储能装备", 10.0, 39_537_500, 3_854_000, -14, 3, 0.3,
            List.of("高桥镇"),
            uses(LandUse.M2, 50, LandUse.M1, 38, LandUse.U, 6, LandUse.G, 6),
            new Range(18, 28), new Range(300, 420), new Range(12, 28),
            List.of("锂电池及储能系统", "光伏组件及配套材料", "氢能装备"),
            List.of("新能源"),
            "青岚市高桥镇新能源大道2号",
            "青岚新能源产业园规划建设锂电储能和光伏配套产业基地，一期基础设施已基本建成。"
                + "园区土地储备充足，可提供大面积连片用地。"),
        new ParkSpec("QL-P07", "青岚循环经济产业园",
            "Qinglan Circular Economy Industry Park", ParkLevel.MUNICIPAL,
            "节能环保、再生资源", 5.0, 39_529_000, 3_830_000, 22, 3, 0.35,
            List.of("青石镇"),
            uses(LandUse.M2, 65, LandUse.M1, 20, LandUse.W, 5, LandUse.U, 5, LandUse.G, 5),
            new Range(15, 22), new Range(200, 280), new Range(8, 16),
            List.of("再生金属回收利用", "废旧动力电池综合利用", "固废资源化利用"),
            List.of("节能环保"),
            "青岚市青石镇循环园路1号",
            "青岚循环经济产业园发展再生资源回收利用和节能环保装备，园区实行入园项目准入评估。"));
  }

  private static Map<LandUse, Double> uses(Object... pairs) {
    Map<LandUse, Double> weights = new EnumMap<>(LandUse.class);
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((LandUse) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return weights;
  }
}
