package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The items page's time stamp is {@link Instant#toString}'s text, whatever the fraction and the year. */
class OgcItemsTimeStampTest {
  @Test
  void every_instant_is_written_as_instant_to_string_writes_it() {
    SplittableRandom random = new SplittableRandom(7);
    long[] seconds = {0, 59, 1_796_549_059L, 1_796_549_060L, 253_402_300_799L, 253_402_300_800L, -1, -62_167_219_200L};
    int[] nanos = {0, 1, 999_999_999, 1_000, 999_000, 1_000_000, 120_000_000, 361_425_789, 100, 10_000, 5_000_000};
    for (long second : seconds) {
      for (int nano : nanos) {
        Instant t = Instant.ofEpochSecond(second, nano);
        assertEquals(t.toString(), OgcItemsTimeStamp.of(t));
      }
    }
    for (int i = 0; i < 200_000; i++) {
      // the same second many times in a row (the cached text), then another
      Instant t = Instant.ofEpochSecond(1_796_549_000L + i / 1_000, random.nextInt(1_000_000_000));
      if (i % 3 == 0) {
        t = t.minusNanos(t.getNano() % 1_000_000);
      } else if (i % 3 == 1) {
        t = t.minusNanos(t.getNano() % 1_000);
      }
      assertEquals(t.toString(), OgcItemsTimeStamp.of(t));
      Instant any = Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
          random.nextInt(1_000_000_000));
      assertEquals(any.toString(), OgcItemsTimeStamp.of(any));
    }
  }
}
