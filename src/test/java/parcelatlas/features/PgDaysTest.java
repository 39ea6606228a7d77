package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** {@link PgDays} reads PostgreSQL's binary days as the calendar does, and leaves every other value to the driver. */
class PgDaysTest {
  private static final LocalDate PG_DAY_ZERO = LocalDate.of(2000, 1, 1);

  private static byte[] binary(long days) {
    return ByteBuffer.allocate(4).putInt((int) days).array();
  }

  @Test
  void everyDayFrom1900To9999ReadsAsTheCalendarCountsIt() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 9999; d = d.plusDays(d.getYear() < 2200 ? 1 : 97)) {
      assertEquals(d, PgDays.ofBinary(binary(ChronoUnit.DAYS.between(PG_DAY_ZERO, d))), d.toString());
    }
    assertEquals(LocalDate.of(9999, 12, 31), PgDays.ofBinary(binary(PgDays.LAST)));
    assertEquals(LocalDate.of(1900, 1, 1), PgDays.ofBinary(binary(PgDays.FIRST)));
    assertEquals(LocalDate.of(2024, 2, 29), PgDays.ofBinary(new byte[] {0, 0, 0x22, 0x79}));
  }

  @Test
  void textInfinityOlderOrLaterDaysAndNullAreLeftToTheDriver() {
    assertNull(PgDays.ofBinary(null));
    assertNull(PgDays.ofBinary("2024-02-29".getBytes(StandardCharsets.US_ASCII)));
    assertNull(PgDays.ofBinary("infinity".getBytes(StandardCharsets.US_ASCII)));
    assertNull(PgDays.ofBinary(binary(Integer.MAX_VALUE))); // infinity
    assertNull(PgDays.ofBinary(binary(Integer.MIN_VALUE))); // -infinity
    assertNull(PgDays.ofBinary(binary(PgDays.FIRST - 1)));
    assertNull(PgDays.ofBinary(binary(PgDays.LAST + 1)));
    assertNull(PgDays.ofBinary(new byte[8]));
  }
}
