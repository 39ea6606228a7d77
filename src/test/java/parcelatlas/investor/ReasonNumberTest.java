package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reasons' numbers are written exactly as String.format's "%,.0f" / "%,.1f" writes them. */
class ReasonNumberTest {
  private static String formatted(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  @Test
  void numbers_are_written_as_the_formatter_writes_them() {
    double[] cases = {0, -0.0, 1, -1, 0.05, 0.15, 0.25, 0.95, 9.95, 99.95, 999.95, 1234.5, -1234.56, 999999.96,
        1e6, 12345678.9, 0.04999, 2.675, 1e15 + 0.5, 5e-324, 123456789012.3};
    for (double v : cases) {
      assertEquals(formatted(v), SiteMatcher.fmt(v), "value " + v);
    }
    Random random = new Random(20261205);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextInt(2_000_000) / 10.0;
        case 1 -> random.nextInt(200_000) / 100.0;
        case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
        default -> random.nextInt(100_000);
      };
      assertEquals(formatted(v), SiteMatcher.fmt(v), "value " + v);
    }
  }
}
