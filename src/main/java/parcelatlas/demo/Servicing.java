package parcelatlas.demo;

import java.util.List;

/**
 * The servicing checklist of a plot (…通一平): road, water supply, power, drainage, gas, telecom,
 * heating, and a levelled site. 七通一平 is all eight; 五通一平 lacks gas and heating; 三通一平 has
 * road, water and power and a levelled site.
 */
record Servicing(
    boolean road,
    boolean water,
    boolean power,
    boolean drainage,
    boolean gas,
    boolean telecom,
    boolean heating,
    boolean levelled) {

  /** The checklist of an "n通一平" plot, {@code tong} being 7, 5 or 3, or less for raw land. */
  static Servicing of(int tong, boolean levelled) {
    return new Servicing(tong >= 1, tong >= 2, tong >= 3, tong >= 4, tong >= 6, tong >= 5,
        tong >= 7, levelled);
  }

  /** The eight flags in the order of the 通路 … 场地平整 fields. */
  List<Boolean> flags() {
    return List.of(road, water, power, drainage, gas, telecom, heating, levelled);
  }
}
