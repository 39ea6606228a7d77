package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Expensive anonymous work is limited per client across app nodes (slots in the database) while
 * other clients and staff are still answered; hostile areas are refused before they reach SQL.
 */
@Tag("database")
class AnonymousWorkLimitTest {
  private static final String COUNT = "/api/export/count?layer=parcels";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage, Map.of("ATLAS_WORK_LIMIT_PER_CLIENT", "2"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @AfterEach
  void freeSlots() {
    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM work_slots"));
  }

  /** Slots held for 127.0.0.1, as requests in flight on other app nodes would hold them. */
  private static void holdSlots(int n, Duration fromNow) {
    holdSlots(WorkLimiter.clientKey("127.0.0.1"), n, fromNow);
  }

  private static void holdSlots(String clientKey, int n, Duration fromNow) {
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO work_slots (client_key, slot, token, expires_at) VALUES (?, ?, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          s.setString(1, clientKey);
          s.setInt(2, i);
          s.setString(3, "other-node-" + i);
          s.setTimestamp(4, Timestamp.from(RunningApp.CLOCK.instant().plus(fromNow)));
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  @Test
  void a_client_whose_slots_are_all_held_on_other_nodes_gets_429_while_another_client_and_staff_are_answered()
      throws IOException {
    holdSlots(2, Duration.ofMinutes(5));
    HttpResponse<String> refused = app.get(COUNT);
    assertEquals(429, refused.statusCode(), refused.body());
    assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
    assertTrue(ApiClient.parse(refused.body()).get("description").asText().startsWith("this client already has 2"));
    assertEquals(429, app.post("/api/investor/match", "application/json", "{}").statusCode());
    assertEquals(429, app.get("/api/investor/parcels").statusCode());
    assertEquals(429, app.get("/ogc/collections/parcels/items?filter=" + enc("land_use = 'M1'")).statusCode());
    assertEquals(200, app.get("/ogc/collections/parcels/items?limit=5").statusCode(), "unfiltered pages are cheap");
    assertEquals(200, app.get("/api/investor/parks").statusCode());

    assertTrue(fromOtherAddress(COUNT).startsWith("HTTP/1.1 200"), "another client is answered");
    ApiClient staff = app.staff();
    assertEquals(200, staff.get(COUNT).statusCode());
    assertEquals(200, staff.get("/api/desk/zones").statusCode());
    assertEquals(2, Sql.count(storage, "work_slots"), "the refused requests held no slot");
  }

  /**
   * OGC items that read or sort the whole layer (at 1M parcels: sortby 0.6-1.5 s, offset 99,999
   * 0.35-2.7 s, a queryable equality 0.6-0.9 s, 10,000 features 10 MB) take a slot like a filter
   * does; a plain page, the cursor of its next link included, does not.
   */
  @Test
  void items_that_sort_skip_or_scan_the_layer_take_a_slot_and_plain_pages_do_not() throws IOException {
    holdSlots(2, Duration.ofMinutes(5));
    for (String costly : List.of("sortby=-far_min", "offset=500", "far_min=1.5", "limit=" + (OgcItems.PLAIN_LIMIT + 1),
        "sortby=code&limit=5&cursor=x", "bbox=117,34,118,35&offset=1")) {
      HttpResponse<String> refused = app.get("/ogc/collections/parcels/items?" + costly);
      assertEquals(429, refused.statusCode(), costly + ": " + refused.body());
      assertEquals("ClientBusy", ApiClient.parse(refused.body()).get("code").asText(), refused.body());
      assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""), costly);
    }
    HttpResponse<String> first = app.get("/ogc/collections/parcels/items?limit=5&bbox=117,34,118,35&count=true");
    assertEquals(200, first.statusCode(), first.body());
    String next = nextLink(first.body());
    assertEquals(200, app.get(next.substring(next.indexOf("/ogc/"))).statusCode(), "the next page by its cursor");
    assertEquals(200, app.get("/ogc/collections/parcels/items?offset=0&limit=" + OgcItems.PLAIN_LIMIT).statusCode());
    assertEquals(400, app.get("/ogc/collections/parcels/items?offset=x").statusCode(), "malformed: refused, no slot");
    assertEquals(200, app.staff().get("/ogc/collections/parcels/items?sortby=-far_min&offset=500").statusCode());
    assertEquals(2, Sql.count(storage, "work_slots"), "the refused requests held no slot");
  }

  private static String nextLink(String body) throws IOException {
    for (com.fasterxml.jackson.databind.JsonNode link : ApiClient.parse(body).get("links")) {
      if (link.get("rel").asText().equals("next")) {
        return link.get("href").asText();
      }
    }
    throw new AssertionError("no next link in " + body);
  }

  /**
   * A signed-in user has slots of their own, by user name: at 1M parcels a planner's CSV export
   * reads for 40 s, and nine at once held every pool connection (visitors got 503 for the parks
   * list and tiles). Their cheap pages, and visitors from the same address, are not held up.
   */
  @Test
  void a_signed_in_user_whose_slots_are_all_held_gets_429_on_exports_while_visitors_are_answered() throws IOException {
    ApiClient staff = app.staff();
    holdSlots(WorkLimiter.userKey(RunningApp.STAFF), 2, Duration.ofMinutes(5));
    for (String path : List.of(COUNT, "/api/export?layer=parcels&format=csv", "/ogc/collections/parcels/items?sortby=-far_min")) {
      HttpResponse<String> refused = staff.get(path);
      assertEquals(429, refused.statusCode(), path + ": " + refused.body());
      assertEquals("ClientBusy", ApiClient.parse(refused.body()).get("code").asText(), refused.body());
      assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""), path);
    }
    assertEquals(200, staff.get("/api/desk/zones").statusCode(), "cheap pages are not limited");
    assertEquals(200, staff.get("/ogc/collections/parcels/items?limit=5").statusCode());
    assertEquals(200, app.get(COUNT).statusCode(), "a visitor at the same address has slots of their own");
    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM work_slots"));
    assertEquals(200, staff.get(COUNT).statusCode());
    assertEquals(0, Sql.count(storage, "work_slots"), "the finished requests gave their slots back");
  }

  @Test
  void slots_left_by_a_node_that_died_expire_and_finished_requests_give_theirs_back() {
    holdSlots(2, Duration.ofSeconds(-1));
    HttpResponse<String> answered = app.get(COUNT);
    assertEquals(200, answered.statusCode(), answered.body());
    assertEquals(0, Sql.count(storage, "work_slots"));
  }

  @Test
  void a_burst_of_hostile_counts_from_one_client_is_answered_or_refused_never_failed_and_leaves_no_slot()
      throws Exception {
    String within = "{\"layer\": \"parcels\", \"within\": " + circle(1999, 0.2) + "}";
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Callable<HttpResponse<String>> call = () -> app.client().post("/api/export/count", "application/json", within);
        answers.add(pool.submit(call));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> r = answer.get();
        assertTrue(r.statusCode() == 200 || r.statusCode() == 429 || r.statusCode() == 503, r.body());
        if (r.statusCode() != 200) {
          assertTrue(r.headers().firstValue("Retry-After").isPresent());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, Sql.count(storage, "work_slots"));
    assertEquals(200, app.post("/api/export/count", "application/json", within).statusCode());
  }

  @Test
  void a_self_intersecting_star_is_refused_on_the_count_before_it_reaches_the_database() {
    HttpResponse<String> star = app.post("/api/export/count", "application/json",
        "{\"layer\": \"parcels\", \"within\": " + star(1999, 999) + "}");
    assertEquals(400, star.statusCode(), star.body());
    assertTrue(ApiClient.parse(star.body()).get("description").asText()
        .startsWith("within: its edges cross each other more than 100 times"), star.body());
  }

  /** A GET sent from 127.0.0.2, another client as far as the server can tell; the raw response. */
  private static String fromOtherAddress(String path) throws IOException {
    URI base = URI.create(app.base());
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(),
        InetAddress.getByName("127.0.0.2"), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String circle(int positions, double radius) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < positions; i++) {
      double a = 2 * Math.PI * i / (positions - 1);
      ring.append(i == 0 ? "" : ",").append('[').append(117.3 + radius * Math.cos(i == positions - 1 ? 0 : a))
          .append(',').append(34.72 + radius * Math.sin(i == positions - 1 ? 0 : a)).append(']');
    }
    return ring.append("]]}").toString();
  }

  private static String star(int points, int step) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i <= points; i++) {
      double a = 2 * Math.PI * ((long) i * step % points) / points;
      ring.append(i == 0 ? "" : ",").append('[').append(117.3 + 0.05 * Math.cos(a)).append(',')
          .append(34.72 + 0.05 * Math.sin(a)).append(']');
    }
    return ring.append("]]}").toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
