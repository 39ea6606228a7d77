package parcelatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledTest {

  @Test
  void a_status_is_found_by_its_code_its_chinese_or_its_english_label() {
    assertEquals(Optional.of(ParcelStatus.AVAILABLE), Labelled.parse(ParcelStatus.class, "净地可供"));
    assertEquals(Optional.of(ParcelStatus.AVAILABLE), Labelled.parse(ParcelStatus.class, " available "));
    assertEquals(Optional.of(ParcelStatus.UNDER_CONSTRUCTION), Labelled.parse(ParcelStatus.class, "Under construction"));
    assertEquals(Optional.of(ProjectStage.LAND_SECURED), Labelled.parse(ProjectStage.class, "land-secured"));
    assertEquals(Optional.empty(), Labelled.parse(ParcelStatus.class, "卖掉了"));
  }

  @Test
  void only_available_and_listed_parcels_are_public() {
    for (ParcelStatus status : ParcelStatus.values()) {
      assertEquals(status == ParcelStatus.AVAILABLE || status == ParcelStatus.LISTED, status.isPublic(), status.code());
    }
  }

  @Test
  void stages_are_ordered_from_planned_to_production() {
    assertEquals(true, ProjectStage.COMPLETED.atLeast(ProjectStage.STARTED));
    assertEquals(false, ProjectStage.SIGNED.atLeast(ProjectStage.STARTED));
  }

  @Test
  void one_mu_is_ten_thousand_fifteenths_of_a_square_metre_and_fifteen_mu_a_hectare() {
    assertEquals(1.0, Area.mu(10000.0 / 15.0), 1e-12);
    assertEquals(15.0, Area.mu(10000.0), 1e-12);
    assertEquals(1.0, Area.hectares(10000.0), 1e-12);
    assertEquals(666.6666666666666, Area.squareMetresFromMu(1), 1e-9);
  }
}
