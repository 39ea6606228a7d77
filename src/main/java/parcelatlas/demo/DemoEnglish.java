package parcelatlas.demo;

import java.util.Map;

/**
 * The English forms of the demo's texts that investors read: parks' addresses and summaries,
 * plots' industry orientations (translated by hand) and people's names (Hanyu Pinyin, surname
 * first, from the syllables {@link Names} draws). Every value is fixed, so the demo stays
 * deterministic; a text without an entry has no English form (null).
 */
final class DemoEnglish {
  private DemoEnglish() {}

  private static final Map<String, String> INDUSTRIES = Map.ofEntries(
      Map.entry("高端装备制造、汽车零部件", "High-end equipment, auto parts"),
      Map.entry("新型金属材料、先进高分子材料", "New metal materials, advanced polymers"),
      Map.entry("工程机械及关键零部件", "Construction machinery and key components"),
      Map.entry("智能制造装备、工业机器人", "Intelligent manufacturing equipment, industrial robots"),
      Map.entry("电子元器件、智能终端", "Electronic components, smart devices"),
      Map.entry("集成电路封装测试", "Integrated circuit packaging and testing"),
      Map.entry("生物医药、医疗器械", "Biomedicine, medical devices"),
      Map.entry("软件与信息服务、研发中试", "Software and IT services, R&D pilot plants"),
      Map.entry("医药中间体、农药制剂", "Pharmaceutical intermediates, pesticide formulations"),
      Map.entry("涂料、胶粘剂等专用化学品", "Coatings, adhesives and other specialty chemicals"),
      Map.entry("水处理剂、电子化学品", "Water treatment agents, electronic chemicals"),
      Map.entry("港口物流、多式联运", "Port logistics, multimodal transport"),
      Map.entry("冷链仓储、农产品集散", "Cold-chain storage, farm produce distribution"),
      Map.entry("电商快递分拨", "E-commerce parcel sorting"),
      Map.entry("粮油及农副产品深加工", "Grain, edible oil and farm produce processing"),
      Map.entry("休闲食品、预制菜", "Snack foods, prepared meals"),
      Map.entry("乳制品及饮料", "Dairy products and beverages"),
      Map.entry("锂电池及储能系统", "Lithium batteries and energy storage systems"),
      Map.entry("光伏组件及配套材料", "Photovoltaic modules and materials"),
      Map.entry("氢能装备", "Hydrogen energy equipment"),
      Map.entry("再生金属回收利用", "Recycled metals"),
      Map.entry("废旧动力电池综合利用", "Recycling of spent power batteries"),
      Map.entry("固废资源化利用", "Solid waste recovery"),
      Map.entry("仓储物流配套", "Warehousing and logistics support"),
      Map.entry("商务办公、研发设计", "Offices, R&D and design"),
      Map.entry("商业配套、人才公寓配套", "Shops and staff apartments"),
      Map.entry("展示交易、电子商务", "Showrooms, e-commerce"),
      Map.entry("变电站", "Substation"),
      Map.entry("污水处理、再生水", "Sewage treatment, reclaimed water"),
      Map.entry("消防站", "Fire station"),
      Map.entry("燃气调压站", "Gas pressure regulating station"),
      Map.entry("防护绿地", "Protective green belt"),
      Map.entry("一般制造业", "General manufacturing"));

  private static final Map<String, String[]> PARKS = Map.of(
      "QL-P01", new String[] {"1 Taishan Road, Qinglan Economic Development Zone, Qinglan",
          "A national development zone since 2012, with two leading clusters: equipment manufacturing and"
              + " new materials. Fully serviced (seven connections and a levelled site), so manufacturing"
              + " projects can start quickly."},
      "QL-P02", new String[] {"88 Kechuang Avenue, Qinglan High-tech Zone, Qinglan",
          "Focused on electronics and biomedicine, with a technology business incubator and a pilot-plant"
              + " base. Standard factory buildings and R&D land are fully serviced for technology companies."},
      "QL-P03", new String[] {"6 Weisan Road, Chemical Industry Park, Liuquan Town, Qinglan",
          "A certified chemical park under closed management, with a central wastewater treatment plant"
              + " and a hazardous waste centre; it develops fine and specialty chemicals."},
      "QL-P04", new String[] {"16 Gangcheng Road, Lingang Town, Qinglan",
          "Next to the inland port and a railway siding: port logistics, cold-chain storage and e-commerce"
              + " sorting. About 3 km from a motorway exit."},
      "QL-P05", new String[] {"9 Shipinyuan Avenue, Shuanghe Town, Qinglan",
          "Known for grain and oil processing and prepared meals, surrounded by wheat and vegetable farms."},
      "QL-P06", new String[] {"2 Xinnengyuan Avenue, Gaoqiao Town, Qinglan",
          "A base for lithium batteries, energy storage and photovoltaic supply; the first phase of"
              + " infrastructure is largely complete. Ample land reserves allow large contiguous sites."},
      "QL-P07", new String[] {"1 Xunhuanyuan Road, Qingshi Town, Qinglan",
          "Develops recycling of renewable resources and energy-saving equipment; projects are assessed"
              + " before admission."});

  private static final Map<Character, String> SYLLABLES = syllables(
      "王wang李li张zhang刘liu陈chen杨yang赵zhao黄huang周zhou吴wu徐xu孙sun胡hu朱zhu高gao林lin何he郭guo"
          + "马ma罗luo梁liang宋song郑zheng谢xie韩han唐tang冯feng于yu董dong程cheng曹cao袁yuan邓deng许xu"
          + "傅fu沈shen曾zeng彭peng吕lü苏su卢lu蒋jiang蔡cai贾jia丁ding"
          + "志zhi建jian国guo文wen晓xiao海hai春chun明ming立li永yong德de宏hong振zhen玉yu丽li雪xue婷ting"
          + "慧hui俊jun子zi家jia新xin卫wei红hong长chang学xue金jin庆qing继ji书shu"
          + "远yuan华hua强qiang军jun平ping斌bin伟wei峰feng涛tao洋yang杰jie敏min静jing琳lin娟juan鹏peng"
          + "宇yu辉hui霞xia磊lei刚gang勇yong超chao彬bin凯kai晨chen岚lan舟zhou然ran川chuan");

  /** The English form of a plot's industry orientation, or null. */
  static String industry(String zh) {
    return zh == null ? null : INDUSTRIES.get(zh);
  }

  /** The English address of a demo park, or null. */
  static String address(String parkCode) {
    String[] texts = PARKS.get(parkCode);
    return texts == null ? null : texts[0];
  }

  /** The English summary of a demo park, or null. */
  static String summary(String parkCode) {
    String[] texts = PARKS.get(parkCode);
    return texts == null ? null : texts[1];
  }

  /** "王志远" → "Wang Zhiyuan"; null when a character is not one {@link Names} uses. */
  static String person(String zh) {
    if (zh == null || zh.length() < 2) {
      return null;
    }
    StringBuilder given = new StringBuilder();
    for (int i = 1; i < zh.length(); i++) {
      String s = SYLLABLES.get(zh.charAt(i));
      if (s == null) {
        return null;
      }
      given.append(s);
    }
    String surname = SYLLABLES.get(zh.charAt(0));
    return surname == null ? null : capital(surname) + " " + capital(given.toString());
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<Character, String> syllables(String table) {
    Map<Character, String> map = new java.util.HashMap<>();
    int i = 0;
    while (i < table.length()) {
      char hanzi = table.charAt(i++);
      int start = i;
      while (i < table.length() && table.charAt(i) < 0x3400) {
        i++;
      }
      map.putIfAbsent(hanzi, table.substring(start, i));
    }
    return Map.copyOf(map);
  }
}
