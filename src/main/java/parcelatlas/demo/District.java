package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * One copy of 青岚市 in a scaled demo ({@code demo --scale N}): district 0 is 青岚市 itself, district
 * {@code i ≥ 1} a fictional county-level city of its own name whose whole content is 青岚市's,
 * moved by ({@link #dx}, {@link #dy}) metres in EPSG:4527 and renamed. Districts fill square
 * rings around 青岚市 on a {@value #PITCH_M} m grid; the city spans under 27.2 km each way, so no
 * two districts' features come within 2.8 km of each other.
 *
 * @param index 0 for 青岚市, 1 … {@value #MAX_INDEX} for the others
 * @param name the city's two-character name, e.g. 云溪 (青岚 for district 0)
 * @param pinyin its name in pinyin, e.g. Yunxi
 * @param prefix what replaces the "QL" that begins every code, e.g. YX007
 */
public record District(int index, String name, String pinyin, String prefix, double dx, double dy) {
  /** The grid spacing in metres, both ways. */
  public static final double PITCH_M = 30_000;
  /** The highest district index: codes carry it in three digits. */
  public static final int MAX_INDEX = 999;
  private static final List<int[]> CELLS = cells();

  /** District {@code index} (0 … {@value #MAX_INDEX}); the same on every machine. */
  public static District of(int index) {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("a district index is from 0 to " + MAX_INDEX + ", not " + index);
    }
    if (index == 0) {
      return new District(0, "青岚", "Qinglan", "QL", 0, 0);
    }
    String[] name = DistrictNames.of(index);
    int[] cell = CELLS.get(index - 1);
    String prefix = name[2] + String.format(java.util.Locale.ROOT, "%03d", index);
    return new District(index, name[0], name[1], prefix, cell[0] * PITCH_M, cell[1] * PITCH_M);
  }

  /** A code of 青岚市 ("QL-…") as it reads in this district. */
  public String code(String baseCode) {
    if (baseCode == null || index == 0) {
      return baseCode;
    }
    return baseCode.startsWith("QL-") ? prefix + baseCode.substring(2) : prefix + "-" + baseCode;
  }

  /** Grid cells ring by ring around (0, 0), each ring from its south-west corner row by row. */
  private static List<int[]> cells() {
    List<int[]> cells = new ArrayList<>();
    for (int ring = 1; cells.size() < MAX_INDEX; ring++) {
      for (int j = -ring; j <= ring; j++) {
        for (int i = -ring; i <= ring; i++) {
          if (Math.max(Math.abs(i), Math.abs(j)) == ring) {
            cells.add(new int[] {i, j});
          }
        }
      }
    }
    return List.copyOf(cells);
  }
}
