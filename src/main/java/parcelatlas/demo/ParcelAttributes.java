package parcelatlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParcelStatus;

/**
 * Gives every plot its attributes. Statuses are allocated per park in proportion to its maturity
 * (about 35 % in production city-wide) and placed by how far a plot lies from where the park began
 * to grow, with some noise: built-up plots near the city, reserve land at the far edge. Land use
 * follows the park's specialty; green space is only found in reserve land. Planning limits, prices
 * and servicing follow the land use and the park; see {@link ParcelNotes} for the staff-only notes.
 */
final class ParcelAttributes {
  private static final long SALT = 31;
  private static final ParcelStatus[] CORE_TO_EDGE = {
    ParcelStatus.IN_PRODUCTION, ParcelStatus.IDLE, ParcelStatus.UNDER_CONSTRUCTION,
    ParcelStatus.TRANSFERRED, ParcelStatus.LISTED, ParcelStatus.AVAILABLE,
    ParcelStatus.UNSUPPLIED, ParcelStatus.RESERVED
  };

  private ParcelAttributes() {}

  static List<DemoParcel> assign(List<Plot> plots, List<DemoPark> parks) {
    Dice dice = Dice.forConcept(SALT);
    ParcelNotes notes = new ParcelNotes(Dice.forConcept(SALT + 1));
    Map<String, ParkSpec> specs = new LinkedHashMap<>();
    parks.forEach(p -> specs.put(p.code(), p.spec()));
    Map<String, ParcelStatus> statuses = new LinkedHashMap<>();
    Map<String, List<Plot>> byPark = new LinkedHashMap<>();
    for (Plot plot : plots) {
      byPark.computeIfAbsent(String.valueOf(plot.parkCode()), k -> new ArrayList<>()).add(plot);
    }
    for (List<Plot> group : byPark.values()) {
      ParkSpec spec = specs.get(group.get(0).parkCode());
      statuses.putAll(allocate(group, weights(spec == null ? 0.7 : spec.maturity()), dice));
    }
    List<DemoParcel> parcels = new ArrayList<>();
    for (Plot plot : plots) {
      ParkSpec spec = specs.get(plot.parkCode());
      ParcelStatus status = statuses.get(plot.code());
      LandUse use = landUse(spec, status, dice);
      parcels.add(describe(plot, spec, status, use, notes, dice));
    }
    return parcels;
  }

  /** Status shares from core to edge for a park of the given maturity. */
  static double[] weights(double maturity) {
    return new double[] {0.10 + 0.45 * maturity, 0.05, 0.10, 0.08, 0.07, 0.15,
        0.06 + 0.08 * (1 - maturity), 0.03 + 0.22 * (1 - maturity)};
  }

  private static Map<String, ParcelStatus> allocate(List<Plot> group, double[] w, Dice dice) {
    int n = group.size();
    double total = 0;
    for (double x : w) {
      total += x;
    }
    int[] counts = new int[w.length];
    Integer[] order = new Integer[w.length];
    int given = 0;
    for (int i = 0; i < w.length; i++) {
      counts[i] = (int) Math.floor(n * w[i] / total);
      given += counts[i];
      order[i] = i;
    }
    final double sum = total;
    java.util.Arrays.sort(order, Comparator.comparingDouble(
        (Integer i) -> -(n * w[i] / sum - counts[i])).thenComparingInt(i -> i));
    for (int k = 0; given < n; k++, given++) {
      counts[order[k % w.length]]++;
    }
    Map<String, Double> keys = new LinkedHashMap<>();
    for (Plot plot : group) {
      keys.put(plot.code(), plot.development() + 0.13 * dice.gaussian());
    }
    List<Plot> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingDouble((Plot p) -> keys.get(p.code()))
        .thenComparing(Plot::code));
    Map<String, ParcelStatus> result = new LinkedHashMap<>();
    int index = 0;
    for (int s = 0; s < counts.length; s++) {
      for (int k = 0; k < counts[s]; k++) {
        result.put(sorted.get(index++).code(), CORE_TO_EDGE[s]);
      }
    }
    return result;
  }

  private static LandUse landUse(ParkSpec spec, ParcelStatus status, Dice dice) {
    if (spec == null) {
      return dice.chance(0.2) ? LandUse.B : LandUse.M1;
    }
    List<LandUse> uses = new ArrayList<>(spec.landUse().keySet());
    double[] w = uses.stream().mapToDouble(u -> spec.landUse().get(u)).toArray();
    LandUse use = uses.get(dice.weighted(w));
    boolean reserve = status == ParcelStatus.RESERVED || status == ParcelStatus.UNSUPPLIED;
    boolean onOffer = status == ParcelStatus.AVAILABLE || status == ParcelStatus.LISTED
        || status == ParcelStatus.IDLE;
    if ((use == LandUse.G && !reserve) || (use == LandUse.U && onOffer)) {
      return uses.stream().max(Comparator.comparingDouble(u -> spec.landUse().get(u))).get();
    }
    return use;
  }

  private static DemoParcel describe(Plot plot, ParkSpec spec, ParcelStatus status, LandUse use,
      ParcelNotes notes, Dice dice) {
    Range price = spec == null ? new Range(25, 35) : spec.price();
    Range intensity = spec == null ? new Range(250, 320) : spec.intensity();
    Range tax = spec == null ? new Range(10, 20) : spec.tax();
    boolean highTech = spec != null && spec.code().equals("QL-P02");
    double farMin;
    double farMax;
    double density;
    double green;
    double height;
    Double priceValue = price.draw(dice, 1);
    Double intensityValue = Dice.round(intensity.draw(dice, 0) / 5, 0) * 5;
    Double taxValue = tax.draw(dice, 1);
    String industry;
    switch (use) {
      case M3 -> {
        farMin = dice.pick(List.of(0.8, 1.0));
        farMax = dice.pick(List.of(1.5, 2.0));
        density = dice.intBetween(30, 45);
        green = dice.intBetween(15, 20);
        height = dice.pick(List.of(24.0, 30.0));
        industry = dice.pick(spec.orientations());
      }
      case W -> {
        farMin = 1.0;
        farMax = dice.pick(List.of(2.0, 2.5));
        density = dice.intBetween(40, 55);
        green = dice.intBetween(10, 15);
        height = dice.pick(List.of(24.0, 30.0));
        industry = spec == null || !spec.trades().contains("物流仓储")
            ? "仓储物流配套" : dice.pick(spec.orientations());
      }
      case B -> {
        farMin = dice.pick(List.of(1.5, 2.0));
        farMax = dice.pick(List.of(3.0, 3.5));
        density = dice.intBetween(30, 40);
        green = 20;
        height = dice.pick(List.of(45.0, 60.0));
        priceValue = Dice.round(priceValue * 1.8, 1);
        intensityValue = null;
        industry = dice.pick(List.of("商务办公、研发设计", "商业配套、人才公寓配套", "展示交易、电子商务"));
      }
      case U -> {
        farMin = 0.5;
        farMax = 1.2;
        density = dice.intBetween(30, 40);
        green = 20;
        height = 24;
        intensityValue = null;
        taxValue = null;
        industry = dice.pick(List.of("变电站", "污水处理、再生水", "消防站", "燃气调压站"));
      }
      case G -> {
        farMin = 0.0;
        farMax = 0.1;
        density = 5;
        green = 85;
        height = 12;
        priceValue = null;
        intensityValue = null;
        taxValue = null;
        industry = "防护绿地";
      }
      default -> {
        farMin = dice.pick(List.of(1.0, 1.2));
        farMax = highTech ? dice.pick(List.of(2.5, 3.0, 3.5)) : dice.pick(List.of(2.0, 2.5, 3.0));
        density = dice.intBetween(40, 60);
        green = dice.intBetween(10, 15);
        height = highTech ? dice.pick(List.of(36.0, 45.0, 50.0, 60.0))
            : dice.pick(List.of(24.0, 30.0, 36.0, 45.0));
        industry = spec == null ? "一般制造业" : dice.pick(spec.orientations());
      }
    }
    return new DemoParcel(plot.code(), plot.parkCode(), use, status, farMin, farMax, density,
        green, height, priceValue, intensityValue, taxValue, industry,
        availableDate(status, dice), servicing(spec, status, dice),
        notes.note(plot, status), plot.geometry(), plot.feature());
  }

  private static LocalDate availableDate(ParcelStatus status, Dice dice) {
    return switch (status) {
      case AVAILABLE -> dice.dayBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 10, 30));
      case LISTED -> dice.dayBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 20));
      default -> null;
    };
  }

  private static Servicing servicing(ParkSpec spec, ParcelStatus status, Dice dice) {
    int tong = spec == null ? 5 : spec.servicing();
    if (status == ParcelStatus.RESERVED || status == ParcelStatus.UNSUPPLIED) {
      return Servicing.of(Math.max(1, tong - dice.intBetween(1, 3)), dice.chance(0.25));
    }
    return Servicing.of(tong, true);
  }
}
