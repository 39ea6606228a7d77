package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void written_in_place_it_is_the_same_text_right_aligned_and_never_more_than_the_width() {
    Random random = new Random(17);
    int inPlace = 0;
    for (int i = 0; i < 300_000; i++) {
      double d = i % 3 == 0 ? Double.longBitsToDouble(random.nextLong())
          : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(24) - 8);
      if (!Double.isFinite(d)) {
        continue;
      }
      int decimals = random.nextInt(8);
      int width = 1 + random.nextInt(24);
      String text = reference(d, decimals);
      byte[] row = new byte[width + 4];
      java.util.Arrays.fill(row, (byte) '#');
      boolean written = DbfNumbers.writeRightAligned(d, decimals, row, 2 + width, width);
      String expected = "##" + "#".repeat(Math.max(0, width - text.length())) + text + "##";
      if (written) {
        inPlace++;
        assertEquals(expected, new String(row, StandardCharsets.US_ASCII), d + " to " + decimals + " places in " + width);
      } else {
        assertEquals("#".repeat(row.length), new String(row, StandardCharsets.US_ASCII), "nothing written for " + d);
        if (text.length() <= width && Math.abs(d) < 1e6 && Math.abs(d) > 1e-3 && decimals <= 6) {
          // the fast path may stand down only at a near-tie
          double scaled = Math.abs(d) * Math.pow(10, decimals);
          assertTrue(Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6, d + " to " + decimals + " places in " + width);
        }
      }
      assertFalse(written && text.length() > width, d + " does not fit " + width);
    }
    assertTrue(inPlace > 100_000, inPlace + " written in place");
  }

  private static String reference(double d, int decimals) {
    return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
