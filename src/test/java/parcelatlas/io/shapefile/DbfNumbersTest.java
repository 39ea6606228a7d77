package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast N-field text is BigDecimal's half-up rounding of the double's shortest decimal, ties and all. */
class DbfNumbersTest {
  @Test
  void random_doubles_of_every_magnitude_round_as_bigdecimal_does() {
    Random random = new Random(11);
    for (int i = 0; i < 300_000; i++) {
      double d = switch (i % 4) {
        case 0 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 12);
        case 1 -> Math.round(random.nextDouble() * 1e9) / 1e3 + (random.nextBoolean() ? 5e-7 : 0); // ties at 6 places
        case 2 -> (random.nextInt(2_000_001) - 1_000_000) / Math.pow(10, random.nextInt(9)); // few decimals
        default -> Double.longBitsToDouble(random.nextLong()); // any bit pattern
      };
      if (!Double.isFinite(d)) {
        continue;
      }
      int decimals = random.nextInt(12);
      assertEquals(reference(d, decimals), new String(DbfNumbers.plain(d, decimals), StandardCharsets.US_ASCII),
          d + " to " + decimals + " places");
    }
  }

  @Test
  void signs_zeros_and_exact_halves() {
    for (double d : new double[] {0.0, -0.0, -0.0000004, -0.0000005, 0.0000005, 2.5, -2.5, 0.125, 1e15, -1e-320, 12345.6785}) {
      for (int decimals : new int[] {0, 2, 6}) {
        assertEquals(reference(d, decimals), new String(DbfNumbers.plain(d, decimals), StandardCharsets.US_ASCII),
            d + " to " + decimals + " places");
      }
    }
  }

  private static String reference(double d, int decimals) {
    return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
