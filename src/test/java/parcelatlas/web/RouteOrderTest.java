package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.DemoApp;

/**
 * Javalin tries a request's path against each route of its method in the order {@link Routes} added
 * them, a pattern match each: the busiest two (OGC items, the investor search) come first, which
 * changes no answer only while no other route could answer their paths, as checked here.
 */
@Tag("database")
class RouteOrderTest {
  private static final List<String> BUSIEST = List.of("/ogc/collections/{collectionId}/items", "/api/investor/parcels");
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  @Test
  void the_busiest_routes_are_tried_first_and_no_other_route_matches_their_paths() {
    List<String> gets = DEMO.app().routes().stream().filter(r -> r.startsWith("GET ")).map(r -> r.substring(4)).toList();
    assertEquals(BUSIEST, gets.subList(0, BUSIEST.size()), gets.toString());
    for (String busy : BUSIEST) {
      String path = busy.replaceAll("\\{[^}]+}", "parcels");
      List<String> matching = gets.stream()
          .filter(route -> path.matches(route.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"))).toList();
      assertEquals(List.of(busy), matching, path);
    }
  }

  @Test
  void the_busiest_routes_still_answer_their_pages() {
    assertEquals("FeatureCollection", DEMO.app().json("/ogc/collections/parcels/items?limit=2", 200).path("type").asText());
    assertEquals("FeatureCollection", DEMO.app().json("/api/investor/parcels?limit=2", 200).path("type").asText());
  }
}
