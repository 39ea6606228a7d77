package parcelatlas.demo;

/** A closed interval of plausible values, e.g. a park's reference land price in 万元/亩. */
record Range(double low, double high) {
  Range {
    if (high < low) {
      throw new IllegalArgumentException("empty range " + low + ".." + high);
    }
  }

  /** A uniform draw rounded to {@code decimals} places. */
  double draw(Dice dice, int decimals) {
    return Dice.round(dice.between(low, high), decimals);
  }

  boolean contains(double value) {
    return value >= low && value <= high;
  }
}
