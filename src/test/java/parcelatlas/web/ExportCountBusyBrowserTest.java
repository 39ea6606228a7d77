package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.RunningApp;

/**
 * The export page within a visitor's work slots (3 exports, counts or searches in flight): choices
 * made in one go are counted once, and a count refused while the visitor's slots are all held is
 * asked again instead of showing the refusal. Before, a layer and a filter chosen together sent two
 * counts and two selection pages; on a busy machine the fourth was refused (ClientBusy) and the page
 * showed "无法统计" for a filter it never counted.
 */
class ExportCountBusyBrowserTest {
  private static final String HELD_TOKEN = "held-by-test-";
  @RegisterExtension
  static final DemoApp city = new DemoApp();

  @AfterEach
  void freeSlots() {
    city.storage().autocommit(c -> c.createStatement().executeUpdate(
        "DELETE FROM work_slots WHERE token LIKE '" + HELD_TOKEN + "%'"));
  }

  private static Browser exportPage() {
    Browser b = Browser.desktop();
    b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    b.driver().get(city.base() + "/export.html");
    assertFalse(b.await("window.exportPage.ready").startsWith("ERROR"));
    b.driver().executeScript("performance.setResourceTimingBufferSize(10000);");
    return b;
  }

  private static long requests(Browser b, String path) {
    return (Long) b.driver().executeScript("return performance.getEntriesByType('resource')"
        + ".filter(e => new URL(e.name).pathname === arguments[0]).length", path);
  }

  /** Another node's work holding every slot of the browser's address (127.0.0.1) for a while. */
  private static void holdEverySlot() {
    city.storage().inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO work_slots (client_key, slot, token, expires_at) VALUES (?, ?, ?, ?)")) {
        for (int i = 0; i < 3; i++) {
          s.setString(1, WorkLimiter.clientKey("127.0.0.1"));
          s.setInt(2, i);
          s.setString(3, HELD_TOKEN + i);
          s.setTimestamp(4, Timestamp.from(RunningApp.CLOCK.instant().plus(Duration.ofMinutes(5))));
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  @Test
  void a_layer_and_its_filter_chosen_in_one_go_are_counted_once() {
    try (Browser b = exportPage()) {
      long counts = requests(b, "/api/export/count");
      long pages = requests(b, "/ogc/collections/parcels/items");
      b.driver().executeScript("const f = window.exportPage.form; f.set('export-layer', 'parcels');"
          + " f.set('export-filter', \"land_use = 'M1'\");");
      String counted = b.await("window.exportPage.idle()");
      assertEquals("ready", b.attr("[data-testid=export-count]", "data-state"), counted);
      b.await("window.exportPage.mapIdle()");
      assertEquals(counts + 1, requests(b, "/api/export/count"), "one count for the two changes");
      assertEquals(pages + 1, requests(b, "/ogc/collections/parcels/items"), "one selection page for the two changes");
    }
  }

  @Test
  void a_count_refused_while_the_visitors_slots_are_held_is_asked_again_once_one_is_free() {
    try (Browser b = exportPage()) {
      long before = requests(b, "/api/export/count");
      holdEverySlot();
      b.driver().executeScript("window.exportPage.form.set('export-layer', 'parcels');");
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (requests(b, "/api/export/count") < before + 2 && System.nanoTime() < until) {
        b.pause(Duration.ofMillis(50));
      }
      assertTrue(requests(b, "/api/export/count") >= before + 2, "asked again while the slots were held");
      assertEquals("loading", b.attr("[data-testid=export-count]", "data-state"),
          "still counting, not refused: " + b.textOf("[data-testid=export-count]", Duration.ofSeconds(1)));
      freeSlots();
      String counted = b.await("window.exportPage.idle()");
      assertEquals("ready", b.attr("[data-testid=export-count]", "data-state"),
          b.textOf("[data-testid=export-count]", Duration.ofSeconds(1)));
      assertTrue(Long.parseLong(counted.replace("\"", "")) > 0, counted);
    }
  }
}
