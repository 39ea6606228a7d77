package parcelatlas.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSqlTest {

  @Test
  void a_bbox_becomes_an_index_friendly_filter_with_bound_values() {
    FeatureQuery query = FeatureQuery.of(ServedCollection.PARCELS, false).page(50, 100)
        .where(RowFilter.bbox(BBox.parse("117.1,34.6,117.2,34.7")));
    FeatureSql.Statement page = FeatureSql.page(query);
    assertTrue(page.sql().endsWith(" FROM parcels t LEFT JOIN parks p ON p.code = t.park_code"
        + " WHERE t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
        + " AND ST_Intersects(t.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) ORDER BY t.id LIMIT ? OFFSET ?"), page.sql());
    assertEquals(List.of(117.1, 34.6, 117.2, 34.7, 117.1, 34.6, 117.2, 34.7, 50, 100L), page.params());
  }

  @Test
  void without_a_bbox_there_is_no_where_clause_and_the_count_has_no_paging() {
    FeatureSql.Statement count = FeatureSql.count(FeatureQuery.of(ServedCollection.PARKS, false).page(10, 0));
    assertEquals("SELECT COUNT(*) FROM parks t", count.sql());
    assertEquals(List.of(), count.params());
  }

  @Test
  void filters_are_parenthesised_and_anded_after_the_public_rows_with_their_values_in_order() {
    FeatureQuery query = FeatureQuery.of(ServedCollection.PARCELS, true)
        .where(new RowFilter("t.land_use = ? OR t.land_use = ?", List.of("M1", "M2")))
        .where(new RowFilter("t.area_m2 > ?", List.of(1000.0)));
    FeatureSql.Statement count = FeatureSql.count(query);
    assertTrue(count.sql().endsWith(" WHERE (" + ServedCollection.PUBLIC_PARCELS + ")"
        + " AND (t.land_use = ? OR t.land_use = ?) AND (t.area_m2 > ?)"), count.sql());
    assertTrue(count.sql().contains("LEFT JOIN parks p"), "a filter may name a joined property: " + count.sql());
    assertEquals(List.of("M1", "M2", 1000.0), count.params());
  }

  @Test
  void sort_keys_come_before_the_id_that_breaks_ties() {
    Property area = ServedCollection.PARCELS.properties().stream()
        .filter(p -> p.name().equals("area_m2")).findFirst().orElseThrow();
    FeatureSql.Statement page = FeatureSql.page(FeatureQuery.of(ServedCollection.PARCELS, false)
        .sortedBy(List.of(new SortKey(area, true))));
    assertTrue(page.sql().endsWith(" ORDER BY t.area_m2 DESC NULLS FIRST, t.id LIMIT ? OFFSET ?"), page.sql());
  }

  @Test
  void a_cursor_page_starts_behind_the_cursor_with_mixed_directions_and_null_values() {
    Property area = ServedCollection.PARCELS.properties().stream()
        .filter(p -> p.name().equals("area_m2")).findFirst().orElseThrow();
    Property date = ServedCollection.PARCELS.properties().stream()
        .filter(p -> p.name().equals("available_date")).findFirst().orElseThrow();
    FeatureQuery query = FeatureQuery.of(ServedCollection.PARCELS, false).page(20, 0)
        .sortedBy(List.of(new SortKey(area, true), new SortKey(date, false)));
    java.util.ArrayList<Object> keys = new java.util.ArrayList<>();
    keys.add(5.5);
    keys.add(null);
    FeatureSql.Statement page = FeatureSql.items(query, new FeatureCursor(keys, 42, 20));
    assertTrue(page.sql().endsWith(" WHERE (t.area_m2 < ? OR (t.area_m2 = ? AND ((t.available_date IS NULL"
        + " AND t.id > ?)))) ORDER BY t.area_m2 DESC NULLS FIRST, t.available_date ASC NULLS LAST, t.id LIMIT ?"),
        page.sql());
    assertEquals(List.of(5.5, 5.5, 42L, 21), page.params());
  }

  @Test
  void a_cursor_survives_its_round_trip_and_refuses_another_sort_order() {
    Property area = ServedCollection.PARCELS.properties().stream()
        .filter(p -> p.name().equals("area_m2")).findFirst().orElseThrow();
    List<SortKey> sort = List.of(new SortKey(area, true));
    java.util.ArrayList<Object> keys = new java.util.ArrayList<>();
    keys.add(1234.5678901234);
    FeatureCursor cursor = new FeatureCursor(keys, 7, 300);
    assertEquals(cursor, FeatureCursor.decode(cursor.encode(sort), sort));
    assertThrows(IllegalArgumentException.class, () -> FeatureCursor.decode(cursor.encode(sort), List.of()));
  }

  @Test
  void a_bbox_across_the_antimeridian_is_two_boxes_and_six_numbers_drop_the_heights() {
    RowFilter filter = RowFilter.bbox(BBox.parse("170,-10,-170,10"));
    assertTrue(filter.sql().startsWith("((t.geom && ") && filter.sql().contains(") OR ("), filter.sql());
    assertEquals(List.of(170.0, -10.0, 180.0, 10.0, 170.0, -10.0, 180.0, 10.0,
        -180.0, -10.0, -170.0, 10.0, -180.0, -10.0, -170.0, 10.0), filter.params());
    assertEquals(BBox.parse("117.1,34.6,117.2,34.7"), BBox.parse("117.1,34.6,-5,117.2,34.7,80"));
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
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("3,4,1,2"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("1,2,NaN,4"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("1,2,3,4,5"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("1,2,9,3,4,5"));
    assertThrows(IllegalArgumentException.class, () -> BBox.parse("0,0,181,1"));
  }

  @Test
  void the_select_and_from_of_a_collection_are_built_once_and_properties_found_by_name() {
    assertSame(ServedCollection.PARCELS.select(), ServedCollection.PARCELS.select(), "not joined anew per request");
    assertSame(ServedCollection.PARCELS.from(), ServedCollection.PARCELS.from());
    assertTrue(ServedCollection.PARCELS.select().startsWith("SELECT t.id, ST_AsGeoJSON(t.geom) AS geometry, t.code AS code, "),
        ServedCollection.PARCELS.select());
    assertEquals(" FROM parcels t LEFT JOIN parks p ON p.code = t.park_code", ServedCollection.PARCELS.from());
    for (Property p : ServedCollection.PARCELS.properties()) {
      assertSame(p, ServedCollection.PARCELS.property(p.name()).orElseThrow());
    }
    assertFalse(ServedCollection.PARCELS.property("geom").isPresent());
  }

  @Test
  void items_statements_of_one_shape_share_one_text_and_bind_their_own_values() {
    FeatureQuery one = FeatureQuery.of(ServedCollection.PARCELS, true).page(100, 0)
        .where(RowFilter.bbox(BBox.parse("117.1,34.6,117.2,34.7")));
    FeatureQuery two = FeatureQuery.of(ServedCollection.PARCELS, true).page(50, 0)
        .where(RowFilter.bbox(BBox.parse("117.3,34.8,117.33,34.83")));
    FeatureSql.Statement first = FeatureSql.items(one, null);
    FeatureSql.Statement second = FeatureSql.items(two, null);
    assertSame(first.sql(), second.sql(), "the text of a request's shape is kept, not built again");
    assertEquals(List.of(117.1, 34.6, 117.2, 34.7, 117.1, 34.6, 117.2, 34.7, 101), first.params());
    assertEquals(List.of(117.3, 34.8, 117.33, 34.83, 117.3, 34.8, 117.33, 34.83, 51), second.params());
    assertEquals(ServedCollection.PARCELS.select() + ServedCollection.PARCELS.from() + " WHERE ("
        + ServedCollection.PARCELS.publicRows() + ") AND (t.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
        + " AND ST_Intersects(t.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))) ORDER BY t.id LIMIT ?", first.sql());
    // other shapes, other texts: staff (no public-rows condition), an offset, a sort
    FeatureSql.Statement staff = FeatureSql.items(FeatureQuery.of(ServedCollection.PARCELS, false)
        .where(RowFilter.bbox(BBox.parse("117.1,34.6,117.2,34.7"))), null);
    assertFalse(staff.sql().contains(ServedCollection.PARCELS.publicRows()), staff.sql());
    FeatureSql.Statement offset = FeatureSql.items(one.page(100, 300), null);
    assertTrue(offset.sql().endsWith(" ORDER BY t.id LIMIT ? OFFSET ?"), offset.sql());
    assertEquals(List.of(117.1, 34.6, 117.2, 34.7, 117.1, 34.6, 117.2, 34.7, 101, 300L), offset.params());
    Property area = ServedCollection.PARCELS.property("area_m2").orElseThrow();
    FeatureSql.Statement sorted = FeatureSql.items(one.sortedBy(List.of(new SortKey(area, true))), null);
    assertTrue(sorted.sql().endsWith(" ORDER BY " + area.sql() + " DESC NULLS FIRST, t.id LIMIT ?"), sorted.sql());
    assertSame(sorted.sql(), FeatureSql.items(two.sortedBy(List.of(new SortKey(area, true))), null).sql());
  }
}
