package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZoneNumberTest {
  @Test
  void eastings_that_fit_their_crs_pass() {
    assertEquals(Optional.empty(), ZoneNumber.problem(Crs.epsg(4527), 39_520_000));
    assertEquals(Optional.empty(), ZoneNumber.problem(Crs.epsg(4548), 520_000));
    assertEquals(Optional.empty(), ZoneNumber.problem(Crs.epsg(4490), 117.3));
  }

  @Test
  void a_zone_number_the_crs_lacks_or_expects_is_named_with_the_crs_that_fits() {
    String carries = ZoneNumber.problem(Crs.epsg(4548), 39_520_000).orElseThrow();
    assertTrue(carries.contains("carries zone number 39") && carries.contains("--crs EPSG:4527"), carries);
    String lacks = ZoneNumber.problem(Crs.epsg(4527), 520_000).orElseThrow();
    assertTrue(lacks.contains("lacks the zone number") && lacks.contains("--crs EPSG:4548"), lacks);
    String beijing = ZoneNumber.problem(Crs.epsg(2437), 40_520_000).orElseThrow();
    assertTrue(beijing.contains("carries zone number 40") && beijing.contains("--crs EPSG:"), beijing);
  }
}
