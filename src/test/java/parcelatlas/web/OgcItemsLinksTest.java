package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parcelatlas.features.ServedCollection;

/**
 * The items page's links from one pass over the parameters ({@link OgcItemsLinks}) are the very text the
 * general builders make: self as {@link Links#withParams} with the offset set (or nothing changed, on a
 * cursor's page), the alternate as {@link OgcFormat#withF} of that self link.
 */
class OgcItemsLinksTest {
  private static final String BASE = "http://127.0.0.1:8080";
  private static final String PATH = "/ogc/collections/parcels/items";

  @Test
  void self_and_alternate_are_the_text_of_the_general_builders_for_every_kind_of_query() {
    List<Map<String, List<String>>> queries = List.of(
        params(),
        params("limit", List.of("100"), "bbox", List.of("116.5,34.0,116.53,34.03")),
        params("f", List.of("json"), "limit", List.of("5")),
        params("limit", List.of("5"), "f", List.of("geojson"), "offset", List.of("20")),
        params("offset", List.of("3", "7"), "f", List.of("json", "html")),
        params("f", List.of("json")),
        params("filter", List.of("name LIKE '%园区%' AND far_min > 1.5"), "filter-lang", List.of("cql2-text")),
        params("crs", List.of("http://www.opengis.net/def/crs/EPSG/0/4527"), "sortby", List.of("-area_m2,+id")),
        params("land use", List.of("M1+M2&x=y"), "count", List.of("true")),
        params("cursor", List.of("eyJrIjpbXSwiaSI6MTAwfQ"), "limit", List.of("10")));
    for (Map<String, List<String>> query : queries) {
      for (String offset : new String[] {null, "0", "40"}) {
        OgcItemsLinks.Self links = OgcItemsLinks.self(BASE, PATH, query, offset);
        String self = Links.withParams(BASE, PATH, query, offset == null ? Map.of() : Map.of("offset", offset));
        assertEquals(self, links.self(), query + " offset " + offset);
        assertEquals(OgcFormat.withF(self, "html"), links.alternate(), query + " offset " + offset);
      }
    }
  }

  @Test
  void the_collection_link_is_the_base_and_the_collection_path() {
    for (ServedCollection c : ServedCollection.values()) {
      assertEquals(BASE + "/ogc/collections/" + c.id(), OgcItemsLinks.collection(BASE, c));
    }
  }

  /** Names and values, in this order (the order a request gives them in). */
  private static Map<String, List<String>> params(Object... namesAndValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) namesAndValues[i + 1];
      params.put((String) namesAndValues[i], values);
    }
    return params;
  }
}
