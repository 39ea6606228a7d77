package parcelatlas.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pools of fictional names for people, companies, townships and offices of 青岚市. Names are
 * assembled from common syllables, so no generated person or company is meant to be real; every
 * name handed out by one instance is distinct from the others it handed out.
 */
final class Names {
  /** The city's 镇街 (townships and sub-districts), in a fixed order. */
  static final List<String> TOWNSHIPS = List.of(
      "城关街道", "东湖街道", "北辰街道", "临港镇", "柳泉镇", "双河镇", "高桥镇", "青石镇");

  private static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
      "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程",
      "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁");
  private static final List<String> GIVEN_FIRST = List.of(
      "志", "建", "国", "文", "晓", "海", "春", "明", "立", "永", "德", "宏", "振", "玉", "丽",
      "雪", "婷", "慧", "俊", "子", "家", "新", "卫", "红", "长", "学", "金", "庆", "继", "书");
  private static final List<String> GIVEN_SECOND = List.of(
      "远", "华", "强", "军", "平", "斌", "伟", "峰", "涛", "洋", "杰", "敏", "静", "琳", "娟",
      "鹏", "宇", "辉", "霞", "磊", "刚", "勇", "超", "彬", "凯", "晨", "岚", "舟", "然", "川");
  private static final List<String> LEADER_TITLES = List.of(
      "市委常委、常务副市长", "副市长", "副市长", "市人大常委会副主任", "市政协副主席",
      "市委常委、经开区党工委书记", "市委常委、统战部部长", "市委常委、宣传部部长");
  private static final List<String> REGIONS = List.of(
      "江苏", "山东", "安徽", "浙江", "河南", "上海", "深圳", "青岚", "苏州", "宁波");
  private static final List<String> BRANDS = List.of(
      "恒晟", "瑞岚", "鼎澄", "华拓", "鑫沅", "澄邦", "博峦", "天禾", "金渠", "启曜", "德岭",
      "中禾", "宏昇", "凯湾", "晟岳", "泰岚", "永锐", "联湖", "锦程", "嘉沐", "智航", "海岑",
      "昊屿", "众岚", "青屹", "岚峰", "蓝湾", "骏驰", "尚柏", "瀚澄", "铭岱", "沃川", "卓岷",
      "拓岭", "润澜", "弘毅", "景曜", "安禾", "辰屿", "峻拓");
  private static final List<String> VILLAGE_PREFIXES = List.of(
      "王", "李", "张", "刘", "陈", "后", "前", "东", "西", "南", "北", "大", "小", "孙", "马",
      "杨", "赵", "高", "石", "柳", "河", "湖", "岗", "桥", "沙", "双");
  private static final List<String> VILLAGE_SUFFIXES = List.of(
      "庄", "集", "楼", "营", "屯", "湖", "洼", "圩", "店", "桥", "岗", "台", "寨", "林");

  private static final long LEADER_SALT = 3;

  private final Dice dice;
  private final Set<String> used = new LinkedHashSet<>();

  Names(Dice dice) {
    this.dice = dice;
  }

  /** A fictional full name, not handed out before by this instance. */
  String person() {
    while (true) {
      String name = dice.pick(SURNAMES) + dice.pick(GIVEN_FIRST)
          + (dice.chance(0.12) ? "" : dice.pick(GIVEN_SECOND));
      if (used.add(name)) {
        return name;
      }
    }
  }

  /** The eight fictional city leaders who act as 包保领导 for projects and zones alike. */
  static List<String> cityLeaders() {
    return new Names(Dice.forConcept(LEADER_SALT)).leaders(8);
  }

  /** {@code count} fictional city leaders as "姓名（职务）", the 包保领导 of projects and zones. */
  List<String> leaders(int count) {
    List<String> leaders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaders.add(person() + "（" + LEADER_TITLES.get(i % LEADER_TITLES.size()) + "）");
    }
    return leaders;
  }

  /** A fictional company whose trade matches {@code trade}, e.g. "江苏恒晟新材料有限公司". */
  String company(String trade) {
    while (true) {
      String suffix = dice.chance(0.25) ? "股份有限公司" : "有限公司";
      String name = dice.pick(REGIONS) + dice.pick(BRANDS) + trade + suffix;
      if (used.add(name)) {
        return name;
      }
    }
  }

  /** A fictional village name, e.g. "后刘庄", not handed out before. */
  String village() {
    while (true) {
      String name = dice.pick(VILLAGE_PREFIXES) + dice.pick(VILLAGE_SUFFIXES);
      String full = name.length() == 2 && dice.chance(0.4) ? dice.pick(SURNAMES) + name : name;
      if (used.add(full + "村")) {
        return full + "村";
      }
    }
  }

  /** A landline in the fictional city's form, "0569-" plus seven digits. */
  String phone() {
    return "0569-" + dice.intBetween(6, 8) + String.format(java.util.Locale.ROOT, "%06d",
        dice.intBetween(0, 999_999));
  }

  /** The office of a township: 街道 have an 办事处, towns a 人民政府. */
  static String townshipOffice(String township) {
    return township.endsWith("街道") ? township + "办事处" : township + "人民政府";
  }
}
