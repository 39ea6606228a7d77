package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The access log's per-request helpers: request ids are random version-4 UUIDs, and a plain path
 * goes into the line as it is (no copy), while anything else is still percent-encoded and cut.
 */
class AccessLogTest {
  @Test
  void request_ids_are_distinct_version_4_uuids() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = AccessLog.newId();
      UUID uuid = UUID.fromString(id);
      assertEquals(4, uuid.version(), id);
      assertEquals(2, uuid.variant(), id);
      assertEquals(id, uuid.toString());
      ids.add(id);
    }
    assertEquals(10_000, ids.size());
  }

  @Test
  void a_plain_path_is_logged_as_it_is_without_a_copy() {
    String path = "/ogc/collections/parcels/items";
    assertSame(path, AccessLog.printable(path), "the fast path returns the path itself");
  }

  @Test
  void other_paths_are_still_encoded_and_cut() {
    assertEquals("/api/%E5%9C%B0%20x%25", AccessLog.printable("/api/地 x%"));
    assertEquals("/a%0Ab", AccessLog.printable("/a\nb"));
    String longPath = "/" + "a".repeat(300);
    String logged = AccessLog.printable(longPath);
    assertTrue(logged.endsWith("…") && logged.length() == 201, logged);
    String exactlyCap = "/" + "b".repeat(199);
    assertEquals(exactlyCap + "…", AccessLog.printable(exactlyCap), "a path of the cap's length is marked as cut, as before");
  }
}
