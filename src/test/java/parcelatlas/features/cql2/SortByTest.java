package parcelatlas.features.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.SortKey;

class SortByTest {

  private static String describe(List<SortKey> keys) {
    return keys.stream().map(k -> k.property().sql() + (k.descending() ? " DESC" : " ASC"))
        .reduce((a, b) -> a + ", " + b).orElse("");
  }

  @Test
  void keys_are_ascending_unless_prefixed_with_a_minus_and_map_to_the_property_expressions() {
    assertEquals("p.name ASC, t.area_m2 DESC, t.code ASC",
        describe(SortBy.parse("park_name,-area_m2,+code", ServedCollection.PARCELS)));
    assertEquals("t.code ASC", describe(SortBy.parse(" code", ServedCollection.PARCELS)), "a URL's + arrives as a space");
  }

  @Test
  void unknown_repeated_empty_and_too_many_keys_are_refused() {
    String unknown = assertThrows(IllegalArgumentException.class,
        () -> SortBy.parse("code,-internal_note", ServedCollection.PARCELS)).getMessage();
    assertTrue(unknown.startsWith("sortby: unknown property '-internal_note' of parcels; sortable: code,"), unknown);
    assertThrows(IllegalArgumentException.class, () -> SortBy.parse("geometry", ServedCollection.PARCELS));
    assertThrows(IllegalArgumentException.class, () -> SortBy.parse("t.id; DROP TABLE parcels", ServedCollection.PARCELS));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SortBy.parse("code,-code", ServedCollection.PARCELS))
        .getMessage().contains("given twice"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SortBy.parse("code,", ServedCollection.PARCELS))
        .getMessage().contains("empty key"));
    String nine = "code,park_code,land_use,status,far_min,far_max,industry,area_m2,park_name";
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SortBy.parse(nine, ServedCollection.PARCELS))
        .getMessage().contains("at most 8 keys"));
  }
}
