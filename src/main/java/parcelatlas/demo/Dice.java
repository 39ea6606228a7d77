package parcelatlas.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance: a {@link Random} with a fixed seed, plus the draws the
 * generators need. Each concept gets its own stream ({@link #forConcept}), so changing how one
 * layer is generated does not reshuffle the others. No draw depends on the clock or the locale.
 */
final class Dice {
  /** The one seed everything derives from; changing it yields a different, equally valid city. */
  static final long SEED = 20261116L;

  private final Random random;

  private Dice(long seed) {
    this.random = new Random(seed);
  }

  /** A stream for one concept; {@code salt} is a constant chosen per generator class. */
  static Dice forConcept(long salt) {
    return new Dice(SEED * 31 + salt);
  }

  /** A stream for one concept in one district of a scaled city ({@code demo --scale}). */
  static Dice forDistrict(long salt, int district) {
    return new Dice((SEED * 31 + salt) * 1_000_003L + district);
  }

  /** Uniform in [0, 1). */
  double unit() {
    return random.nextDouble();
  }

  /** Uniform in [low, high). */
  double between(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** Uniform integer in [low, high], both inclusive. */
  int intBetween(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** Standard normal draw. */
  double gaussian() {
    return random.nextGaussian();
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Shuffles {@code values} in place. */
  <T> void shuffle(List<T> values) {
    java.util.Collections.shuffle(values, random);
  }

  /** An index drawn with probability proportional to {@code weights[i]}. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A day in [from, to], both inclusive. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(random.nextInt((int) span + 1));
  }

  /** Rounds half away from zero to {@code decimals} places, the same on every machine. */
  static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
