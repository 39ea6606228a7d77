package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.BadInput;

/**
 * {@link BBox#numbers} reads the numbers {@link Double#parseDouble} reads, to the bit, and refuses the
 * texts it refuses with the same message: checked against that reading (the split on commas, each part
 * stripped) on tricky texts and on many random boxes written as clients write them.
 */
class BBoxNumbersTest {
  private static final String AXES = "minLon,minLat,maxLon,maxLat";

  @Test
  void tricky_texts_read_and_refused_as_double_parsing_does() {
    List<String> parts = List.of("116.5", " 34.0 ", "-0", "-0.0", "+1", "1e2", "1E-3", "1.", ".5", "0x1p3", "1d", "2f",
        "NaN", "Infinity", "-Infinity", "1e400", "4.9e-324", "1e-400", "", " ", "abc", "1,5", "1_0", "١٢", "\t7\n",
        "0.30000000000000004", "116.53999999999999", "179.99999999999997", "1.7976931348623157E308", "00012.5000");
    for (String p : parts) {
      for (String text : new String[] {p + ",34,117,35", "116," + p + ",117,35", "116,34,117," + p + ",1,2"}) {
        assertSame(text);
      }
    }
    for (String text : new String[] {"", ",", "1,2,3", "1,2,3,4,5", "1,2,3,4,5,6,7", "1,2,3,4,", ",1,2,3", "1,2,5,3,4,1"}) {
      assertSame(text);
    }
  }

  @Test
  void random_boxes_read_to_the_bit() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      double w = -180 + 360 * random.nextDouble();
      double s = -90 + 180 * random.nextDouble();
      String text = switch (i % 3) {
        case 0 -> w + "," + s + "," + (w + 0.03) + "," + (s + 0.03);
        case 1 -> String.format(Locale.ROOT, "%.14g,%.14g,%.6f,%.3e", w, s, w + 0.03, s + 0.03);
        default -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)) + ",0,"
            + Float.toString(random.nextFloat()) + "," + random.nextInt(90);
      };
      assertSame(text);
    }
  }

  private static void assertSame(String text) {
    Object expected;
    try {
      expected = reference(text);
    } catch (BadInput e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = BBox.numbers(text, AXES);
    } catch (BadInput e) {
      actual = e.getMessage();
    }
    if (expected instanceof double[] e && actual instanceof double[] a) {
      assertArrayEquals(e, a, text);
    } else {
      assertEquals(expected, actual, text);
    }
  }

  /** The reading before: split on commas, each part stripped and given to Double.parseDouble. */
  private static double[] reference(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new BadInput(parcelatlas.domain.ErrorCode.BBOX_INVALID, "bbox must be four numbers (" + AXES
          + ") or six with heights, got " + parts.length);
    }
    List<Double> v = new ArrayList<>();
    for (String p : parts) {
      double d;
      try {
        d = Double.parseDouble(p.strip());
      } catch (NumberFormatException e) {
        throw new BadInput(parcelatlas.domain.ErrorCode.BBOX_INVALID, "bbox value '" + p + "' is not a number");
      }
      if (!Double.isFinite(d)) {
        throw new BadInput(parcelatlas.domain.ErrorCode.BBOX_INVALID, "bbox value '" + p + "' is not a finite number");
      }
      v.add(d);
    }
    if (v.size() == 6 && v.get(2) > v.get(5)) {
      throw new BadInput(parcelatlas.domain.ErrorCode.BBOX_INVALID, "bbox minimum height must not exceed the maximum");
    }
    return v.size() == 4 ? new double[] {v.get(0), v.get(1), v.get(2), v.get(3)}
        : new double[] {v.get(0), v.get(1), v.get(3), v.get(4)};
  }
}
