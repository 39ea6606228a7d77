package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the fictional cities of a scaled demo: two syllables, e.g. 云溪 (Yunxi), drawn without
 * repetition in an order fixed by the seed. None is 青岚, and no two districts share a name.
 */
final class DistrictNames {
  private static final String[][] FIRST = {
      {"云", "Yun"}, {"石", "Shi"}, {"松", "Song"}, {"桐", "Tong"}, {"柳", "Liu"}, {"枫", "Feng"},
      {"梅", "Mei"}, {"兰", "Lan"}, {"竹", "Zhu"}, {"荷", "He"}, {"杏", "Xing"}, {"桃", "Tao"},
      {"金", "Jin"}, {"银", "Yin"}, {"玉", "Yu"}, {"丹", "Dan"}, {"碧", "Bi"}, {"紫", "Zi"},
      {"白", "Bai"}, {"黛", "Dai"}, {"瑞", "Rui"}, {"宁", "Ning"}, {"安", "An"}, {"永", "Yong"},
      {"泰", "Tai"}, {"嘉", "Jia"}, {"华", "Hua"}, {"东", "Dong"}, {"南", "Nan"}, {"西", "Xi"},
      {"北", "Bei"}, {"清", "Qing"}};
  private static final String[][] SECOND = {
      {"溪", "xi"}, {"川", "chuan"}, {"阳", "yang"}, {"山", "shan"}, {"林", "lin"}, {"原", "yuan"},
      {"平", "ping"}, {"河", "he"}, {"湖", "hu"}, {"泉", "quan"}, {"峰", "feng"}, {"岭", "ling"},
      {"江", "jiang"}, {"湾", "wan"}, {"洲", "zhou"}, {"城", "cheng"}, {"台", "tai"}, {"浦", "pu"},
      {"塘", "tang"}, {"渡", "du"}, {"桥", "qiao"}, {"屏", "ping"}, {"谷", "gu"}, {"坪", "ping"},
      {"源", "yuan"}, {"沙", "sha"}, {"丘", "qiu"}, {"口", "kou"}, {"阜", "fu"}, {"宁", "ning"},
      {"乡", "xiang"}, {"亭", "ting"}};
  private static final long SALT = 41;
  /** {name, pinyin, initials}, in drawing order. */
  private static final List<String[]> DRAWN = draw();

  private DistrictNames() {}

  /** {name, pinyin, initials} of district {@code index} (1 … {@link District#MAX_INDEX}). */
  static String[] of(int index) {
    return DRAWN.get(index - 1).clone();
  }

  private static List<String[]> draw() {
    List<String[]> all = new ArrayList<>();
    for (String[] first : FIRST) {
      for (String[] second : SECOND) {
        if (!first[0].equals(second[0])) {
          all.add(new String[] {first[0] + second[0], first[1] + second[1],
              first[1].substring(0, 1) + second[1].substring(0, 1).toUpperCase(java.util.Locale.ROOT)});
        }
      }
    }
    Dice.forConcept(SALT).shuffle(all);
    return List.copyOf(all);
  }
}
