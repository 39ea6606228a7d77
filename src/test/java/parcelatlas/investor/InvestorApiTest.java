package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** The investors' API over HTTP on the demo city: public parcels and fields only, whatever is sent. */
@Tag("database")
class InvestorApiTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("park.one", Role.OFFICIAL, null, "QL-P01", "park one office staff".toCharArray());
    users.add("planner", Role.PLANNER, null, null, "planning bureau staff".toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void a_search_page_goes_out_whole_with_its_content_length_plain_and_gzipped() throws Exception {
    String search = "/api/investor/parcels?limit=2000&count=true";
    HttpResponse<byte[]> plain = app.client().getBytes(search);
    HttpResponse<byte[]> gzipped = app.client().getBytes(search, "Accept-Encoding", "gzip");
    assertEquals(200, plain.statusCode());
    assertEquals(List.of(String.valueOf(plain.body().length)), plain.headers().allValues("Content-Length"));
    assertEquals(List.of(), plain.headers().allValues("Transfer-Encoding"));
    assertEquals(List.of("gzip"), gzipped.headers().allValues("Content-Encoding"));
    assertEquals(List.of(String.valueOf(gzipped.body().length)), gzipped.headers().allValues("Content-Length"));
    byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes();
    assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(unzipped, StandardCharsets.UTF_8));
    assertTrue(ApiClient.parse(new String(plain.body(), StandardCharsets.UTF_8)).get("features").size() > 1);
  }

  @Test
  void crafted_searches_never_return_a_parcel_that_is_not_land_ready_or_an_internal_field() {
    String hidden = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status = 'in_production'").get(0).get("code");
    List<String> requests = List.of("", "?limit=2000", "?sort=-price", "?sort=-area_mu&offset=3&limit=7",
        "?keyword=" + enc("%"), "?keyword=" + enc("' OR 1=1 --"), "?keyword=" + enc("新能源' OR '1'='1"), "?park=" + enc("QL-P01' OR '1'='1"),
        "?land_use=M1,M2,M3,W,B,A,R,S,U,G", "?min_mu=0&max_mu=100000", "?servicing=road");
    for (String query : requests) {
      JsonNode page = app.json("/api/investor/parcels" + query, 200);
      for (JsonNode f : page.get("features")) {
        JsonNode p = f.get("properties");
        assertTrue(List.of("available", "listed").contains(p.get("status").asText()), query + " " + p);
        assertFalse(p.has("internal_note"), query);
        assertFalse(f.get("id").asText().equals(hidden), query);
      }
    }
    assertEquals(Sql.count(storage, "parcels WHERE " + PUBLIC),
        app.json("/api/investor/parcels?limit=2000", 200).get("numberMatched").asLong());
    assertEquals(0, app.json("/api/investor/parcels?keyword=" + enc("' OR 1=1 --"), 200).get("numberMatched").asLong());
    app.json("/api/investor/parcels/" + hidden, 404);
    app.json("/api/investor/compare?codes=" + hidden + "," + firstPublic(), 404);
    app.json("/api/investor/parcels?status=in_production", 400);
    app.json("/api/investor/parcels?properties=internal_note", 400);
    app.json("/api/investor/parcels?sort=internal_note", 400);
  }

  @Test
  void filters_find_exactly_what_the_database_holds() {
    long m1 = Sql.count(storage, "parcels WHERE " + PUBLIC + " AND land_use = 'M1'");
    assertEquals(m1, app.json("/api/investor/parcels?land_use=M1&count=true", 200).get("numberMatched").asLong());
    long gasBig = Sql.count(storage, "parcels WHERE " + PUBLIC + " AND has_gas = TRUE AND area_m2 >= "
        + (100 * 10000.0 / 15.0));
    JsonNode page = app.json("/api/investor/parcels?servicing=gas&min_mu=100&count=true", 200);
    assertEquals(gasBig, page.get("numberMatched").asLong());
    for (JsonNode f : page.get("features")) {
      assertTrue(f.get("properties").get("has_gas").asBoolean());
      assertTrue(f.get("properties").get("area_mu").asDouble() >= 99.99);
    }
    double last = -1;
    for (JsonNode f : app.json("/api/investor/parcels?sort=price&limit=2000", 200).get("features")) {
      JsonNode price = f.get("properties").get("price_wan_per_mu");
      if (!price.isNull()) {
        assertTrue(price.asDouble() >= last);
        last = price.asDouble();
      }
    }
  }

  @Test
  void a_parcel_detail_carries_the_park_contact_and_the_investor_figures() {
    JsonNode f = app.json("/api/investor/parcels/" + firstPublic(), 200);
    JsonNode p = f.get("properties");
    assertEquals(Math.round(p.get("price_wan_per_mu").asDouble() * p.get("area_mu").asDouble() * 10) / 10.0,
        p.get("total_price_wan").asDouble(), 0.11);
    assertTrue(f.get("park").get("contact_phone").asText().length() > 5);
    assertTrue(f.get("park").get("name").asText().startsWith("青岚"));
  }

  @Test
  void park_summaries_count_the_land_ready_parcels() {
    long total = 0;
    for (JsonNode park : app.json("/api/investor/parks", 200).get("parks")) {
      long ready = park.get("available_parcels").asLong();
      assertEquals(Sql.count(storage, "parcels WHERE " + PUBLIC + " AND park_code = '" + park.get("code").asText() + "'"), ready);
      total += ready;
    }
    assertEquals(Sql.count(storage, "parcels WHERE " + PUBLIC + " AND park_code IS NOT NULL"), total);
  }

  @Test
  void park_summaries_follow_a_parcel_leaving_the_land_bank_and_coming_back() {
    String code = firstPublic();
    String park = (String) Sql.rows(storage, "SELECT park_code FROM parcels WHERE code = ?", code).get(0).get("park_code");
    String status = (String) Sql.rows(storage, "SELECT status FROM parcels WHERE code = ?", code).get(0).get("status");
    long before = readyIn(park);
    assertEquals(before, readyIn(park), "asked again, nothing written: the same");
    try {
      storage.inTransaction(c -> c.createStatement().executeUpdate(
          "UPDATE parcels SET status = 'transferred' WHERE code = '" + code + "'"));
      assertEquals(before - 1, readyIn(park), "a write bumps the data version: counted afresh");
    } finally {
      storage.inTransaction(c -> c.createStatement().executeUpdate(
          "UPDATE parcels SET status = '" + status + "' WHERE code = '" + code + "'"));
    }
    assertEquals(before, readyIn(park));
  }

  private static long readyIn(String park) {
    for (JsonNode p : app.json("/api/investor/parks", 200).get("parks")) {
      if (p.get("code").asText().equals(park)) {
        return p.get("available_parcels").asLong();
      }
    }
    throw new AssertionError("no park " + park);
  }

  @Test
  void matching_ranks_only_public_parcels_with_reasons() {
    HttpResponse<String> response = app.post("/api/investor/match", "application/json",
        "{\"min_mu\": 50, \"max_mu\": 150, \"land_use\": [\"M1\", \"M2\"], \"needs\": [\"power\", \"gas\"], \"limit\": 10}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode results = parse(response.body()).get("results");
    assertEquals(10, results.size());
    int previous = 101;
    for (JsonNode r : results) {
      assertTrue(r.get("score").asInt() <= previous);
      previous = r.get("score").asInt();
      assertTrue(List.of("available", "listed").contains(r.get("feature").get("properties").get("status").asText()));
      assertTrue(r.get("fits").size() + r.get("misses").size() >= 4, r.toString());
    }
    assertEquals(400, app.post("/api/investor/match", "application/json", "{\"needs\": [\"wifi\"]}").statusCode());
    assertEquals(415, app.post("/api/investor/match", "text/plain", "{}").statusCode());
  }

  @Test
  void comparing_three_parcels_flags_the_rows_that_differ() {
    List<String> codes = Sql.rows(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " ORDER BY code")
        .stream().limit(3).map(r -> (String) r.get("code")).toList();
    JsonNode body = app.json("/api/investor/compare?codes=" + String.join(",", codes), 200);
    assertEquals(3, body.get("parcels").size());
    for (JsonNode row : body.get("rows")) {
      if (row.get("key").asText().equals("area_mu")) {
        assertTrue(row.get("differs").asBoolean());
      }
    }
    app.json("/api/investor/compare?codes=" + codes.get(0), 400);
  }

  @Test
  void an_enquiry_is_stored_never_shown_and_limited_per_client() {
    String code = firstPublic();
    String contact = "wang.secret@example.com";
    String body = "{\"parcel_code\": \"" + code + "\", \"name\": \"王先生\", \"contact\": \"" + contact
        + "\", \"message\": \"想了解该地块的供电容量\"}";
    HttpResponse<String> first = app.post("/api/investor/enquiries", "application/json", body);
    assertEquals(201, first.statusCode(), first.body());
    assertFalse(first.body().contains(contact));
    assertEquals(1, Sql.count(storage, "enquiries WHERE contact = '" + contact + "'"));
    for (String path : List.of("/api/investor/parcels/" + code, "/api/investor/parcels?limit=2000",
        "/api/investor/parks", "/ogc/collections/parcels/items?limit=10000")) {
      assertFalse(app.get(path).body().contains(contact), path);
    }
    assertEquals(400, app.post("/api/investor/enquiries", "application/json",
        body.replace("\"王先生\"", "\"\"")).statusCode());
    assertEquals(400, app.post("/api/investor/enquiries", "application/json",
        body.replace(code, "NOT-A-PARCEL")).statusCode());
    int status = 201;
    for (int i = 0; i < 5 && status == 201; i++) {
      status = app.post("/api/investor/enquiries", "application/json", body).statusCode();
    }
    assertEquals(429, status);
    assertEquals(5, Sql.count(storage, "enquiries"), "the refused enquiry was not stored");
  }

  @Test
  void enquiries_are_read_by_the_staff_of_their_park_only() {
    String p1 = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " AND park_code = 'QL-P01'"
        + " ORDER BY code").get(0).get("code");
    String p2 = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " AND park_code = 'QL-P02'"
        + " ORDER BY code").get(0).get("code");
    Enquiries enquiries = new Enquiries(storage,
        new PublicParcels(storage, new parcelatlas.features.FeatureReader(storage, RunningApp.CLOCK)),
        RunningApp.CLOCK, 5, "test");
    enquiries.submit(new Enquiry(p1, "赵女士", "139-0000-0001", "价格可议吗"), "client-a");
    enquiries.submit(new Enquiry(p2, "钱先生", "139-0000-0002", "何时可签约"), "client-b");
    app.json("/api/staff/enquiries", 401);
    app.client().signIn("planner", "planning bureau staff").json("/api/staff/enquiries", 403);
    ApiClient parkOne = app.client().signIn("park.one", "park one office staff");
    JsonNode own = parkOne.json("/api/staff/enquiries", 200).get("enquiries");
    assertTrue(own.size() >= 1);
    own.forEach(e -> assertEquals("QL-P01", e.get("parkCode").asText()));
    parkOne.json("/api/staff/enquiries?park=QL-P02", 403);
    JsonNode all = app.staff().json("/api/staff/enquiries", 200).get("enquiries");
    assertTrue(all.toString().contains(p2) && all.toString().contains(p1));
  }

  private static String firstPublic() {
    return (String) Sql.rows(storage, "SELECT code FROM parcels WHERE " + PUBLIC + " ORDER BY code").get(0).get("code");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError(body, e);
    }
  }

}
