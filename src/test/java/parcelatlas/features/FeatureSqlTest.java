package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSqlTest {

  @Test
  void a_bbox_becomes_an_index_friendly_filter_with_bound_values() {
    FeatureQuery query = new FeatureQuery(ServedCollection.PARCELS, BBox.parse("117.1,34.6,117.2,34.7"), 50, 100, false);
    FeatureSql.Statement page = FeatureSql.page(query);
    assertTrue(page.sql().endsWith(" FROM parcels t LEFT JOIN parks p ON p.code = t.park_code"
        + " WHERE t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
        + " AND ST_Intersects(t.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) ORDER BY t.id LIMIT ? OFFSET ?"), page.sql());
    assertEquals(List.of(117.1, 34.6, 117.2, 34.7, 117.1, 34.6, 117.2, 34.7, 50, 100L), page.params());
  }

  @Test
  void without_a_bbox_there_is_no_where_clause_and_the_count_has_no_paging() {
    FeatureSql.Statement count = FeatureSql.count(new FeatureQuery(ServedCollection.PARKS, null, 10, 0, false));
    assertEquals("SELECT COUNT(*) FROM parks t", count.sql());
    assertEquals(List.of(), count.params());
  }

  @Test
  void internal_fields_are_never_selected() {
    String select = FeatureSql.select(ServedCollection.PARCELS);
    assertFalse(select.contains("internal_note"), select);
    assertTrue(select.contains("t.status AS status"), select);
  }

  @Test
  void a_bbox_must_be_four_ordered_numbers_of_longitude_and_latitude() {
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("1,2,3"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("1,2,x,4"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("3,2,1,4"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("0,0,181,1"));
  }
}
