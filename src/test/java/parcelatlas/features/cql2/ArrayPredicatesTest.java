package parcelatlas.features.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.industry.IndustryCatalogue;

/** The CQL2 array functions over the industry categories: SQL and bound values out, refusals that say why. */
class ArrayPredicatesTest {
  private static final String HAS = "t.industry_codes LIKE ? ESCAPE '!'";

  private static RowFilter parcels(String text) {
    return Cql2.filter(text, ServedCollection.PARCELS);
  }

  private static BadInput refusal(String text) {
    return assertThrows(BadInput.class, () -> parcels(text));
  }

  @Test
  void each_function_compiles_to_likes_on_the_stored_codes_with_every_code_bound() {
    RowFilter contains = parcels("a_contains(industry_codes, ('logistics', 'new_energy', 'logistics'))");
    assertEquals("((" + HAS + " AND " + HAS + "))", contains.sql(), "a repeated code counts once");
    assertEquals(List.of("%,logistics,%", "%,new!_energy,%"), contains.params());
    assertEquals("((" + HAS + " OR " + HAS + "))", parcels("A_OVERLAPS(industry_codes, ('food', 'logistics'))").sql());
    RowFilter equals = parcels("A_EQUALS(\"industry_codes\", ('logistics', 'new_energy'))");
    assertEquals("(t.industry_codes = ?)", equals.sql());
    assertEquals(List.of(",new_energy,logistics,"), equals.params(), "the stored form: catalogue order");
    RowFilter within = parcels("A_CONTAINEDBY(industry_codes, ('food'))");
    assertEquals(IndustryCatalogue.get().codes().size() - 1, within.params().size());
    assertTrue(within.sql().startsWith("(t.industry_codes IS NOT NULL AND (t.industry_codes NOT LIKE ? ESCAPE '!' AND"),
        within.sql());
    assertEquals(parcels("A_CONTAINEDBY(industry_codes, ('food'))"), parcels("A_CONTAINS(('food'), industry_codes)"),
        "a literal first reads the function the other way round");
    assertEquals("t.industry_codes LIKE ? ESCAPE '!'", Cql2.equalTo(ServedCollection.PARCELS, "industry_codes", "food").sql());
  }

  @Test
  void a_code_outside_the_catalogue_is_refused_naming_the_property_and_the_value() {
    BadInput bad = refusal("A_CONTAINS(industry_codes, ('food', 'Food'))");
    assertEquals(ErrorCode.FILTER_UNKNOWN_VALUE.code(), bad.code());
    assertTrue(bad.getMessage().contains("at character 37, 'Food' is not a category of industry_codes"), bad.getMessage());
    BadInput param = assertThrows(BadInput.class, () -> Cql2.equalTo(ServedCollection.PARCELS, "industry_codes", "x"));
    assertEquals(ErrorCode.FILTER_UNKNOWN_VALUE.code(), param.code());
  }

  @Test
  void malformed_arrays_and_misused_properties_are_refused_with_their_position() {
    assertTrue(refusal("A_CONTAINS(industry_codes, ())").getMessage().contains("a quoted code"));
    assertTrue(refusal("A_CONTAINS(industry_codes, (1))").getMessage().contains("at character 29"));
    assertTrue(refusal("A_CONTAINS(industry_codes, 'food')").getMessage().contains("an array of quoted codes"));
    assertTrue(refusal("A_CONTAINS(status, ('listed'))").getMessage().contains("'status' is not one"));
    assertTrue(refusal("industry_codes = 'food'").getMessage().contains("A_CONTAINS(industry_codes, ('code'))"));
    assertTrue(refusal("industry_codes IS NULL").getMessage().contains("A_CONTAINS"));
    BadInput noCategories = assertThrows(BadInput.class, () -> Cql2.filter("A_CONTAINS(industry_codes, ('food'))",
        ServedCollection.CONTEXT_POINTS));
    assertTrue(noCategories.getMessage().contains("none in context-points"), noCategories.getMessage());
    StringBuilder many = new StringBuilder("A_OVERLAPS(industry_codes, ('food'");
    for (int i = 0; i < Cql2.MAX_IN_ITEMS; i++) {
      many.append(", 'food'");
    }
    assertTrue(refusal(many + "))").getMessage().contains("more than " + Cql2.MAX_IN_ITEMS));
  }
}
