package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * Without a public URL, an items page's links start with the address and port the request reached
 * ({@link Links#base}), whichever address the request before it reached: the app listens on every
 * address, and requests reach it through 127.0.0.1 and 127.0.0.2 in turn.
 */
class LinksBaseTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage, Map.of(), "0.0.0.0");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void each_page_links_the_address_its_request_reached() {
    String port = app.base().substring(app.base().lastIndexOf(':') + 1);
    for (int round = 0; round < 3; round++) {
      for (String address : new String[] {"127.0.0.1", "127.0.0.2"}) {
        String base = "http://" + address + ":" + port;
        JsonNode page = app.json(base + "/ogc/collections/parcels/items?limit=1", 200);
        assertEquals(base + "/ogc/collections/parcels/items?limit=1&offset=0", href(page, "self"), "round " + round);
        assertEquals(base + "/ogc/collections/parcels", href(page, "collection"), "round " + round);
      }
    }
  }

  private static String href(JsonNode page, String rel) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals(rel)) {
        return link.get("href").asText();
      }
    }
    throw new AssertionError("no " + rel + " link in " + page.get("links"));
  }
}
