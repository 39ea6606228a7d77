package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ShortDecimals} writes exactly what Jackson's fast double writer writes, or leaves the number to it. */
class ShortDecimalsTest {
  private final char[] buffer = new char[32];
  private int fast;

  @Test
  void decimals_of_up_to_four_places_and_any_double_come_out_as_jackson_writes_them() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 300_000; i++) {
      int places = random.nextInt(6);
      long units = random.nextLong(0, (long) (2e7 * Math.pow(10, places)));
      double v = units / Math.pow(10, places) * (random.nextBoolean() ? 1 : -1);
      check(v);
      check(Derived.areaMu(v));
      check(Derived.areaHa(Math.abs(v)));
      check(Double.longBitsToDouble(random.nextLong()));
      check(random.nextDouble() * 1000);
    }
    for (double v : new double[] {0.0, -0.0, 0.001, 0.0009999, 0.0015, 1, 9999999.9999, 9999999.99995, 1e7, 1e7 - 0.5,
        0.1 + 0.2, 1.0005, 2.675, 100.125, 4503599627370496.0, Double.MIN_VALUE, Double.MAX_VALUE, 12.3456, 0.30000000000000004}) {
      check(v);
      check(-v);
    }
    assertTrue(fast > 500_000, "the fast path was taken " + fast + " times");
  }

  private void check(double v) throws IOException {
    if (!Double.isFinite(v)) {
      return;
    }
    int length = ShortDecimals.write(v, buffer);
    if (length < 0) {
      return;
    }
    fast++;
    assertEquals(jackson(v), new String(buffer, 0, length), "for " + v);
  }

  private static String jackson(double v) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature())) {
      g.writeNumber(v);
    }
    return out.toString();
  }
}
