package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * GET /api/investor/parks a page at a time (issue 10: no page downloads every park): the demo's 7
 * parks plus 60 copies of QL-P01 (67, more than a default page), read by view, name search, codes,
 * Chinese names and cursor, against what SQL says; every parameter bounded (400 naming it).
 */
@Tag("database")
class ParkSummariesApiTest {
  private static final int COPIES = 60;
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO parks (code, name, name_en, level, area_m2, geom,"
          + " source_crs, source_file, source_record) SELECT ?, ?, ?, level, area_m2, geom, source_crs, source_file, ?"
          + " FROM parks WHERE code = 'QL-P01'")) {
        for (int i = 1; i <= COPIES; i++) {
          s.setString(1, String.format("ZZ-P%02d", i));
          s.setString(2, "副本园区" + i);
          s.setString(3, "Copy Park " + i);
          s.setLong(4, 1000 + i);
          s.addBatch();
        }
        s.executeBatch();
      }
      return null;
    });
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("parks").forEach(p -> codes.add(p.get("code").asText()));
    return codes;
  }

  /** Every park of a request, following next; asserts each page is at most limit long. */
  private static List<String> walk(String first, int limit) {
    List<String> all = new ArrayList<>();
    String path = first;
    for (int pages = 0; path != null; pages++) {
      assertTrue(pages < 100, "pages end");
      JsonNode page = app.json(path, 200);
      assertTrue(page.get("parks").size() <= limit, path);
      assertEquals(page.get("parks").size(), page.get("numberReturned").asInt());
      all.addAll(codes(page));
      path = page.hasNonNull("next") ? page.get("next").asText() : null;
    }
    return all;
  }

  private static List<String> sqlCodes(String where, Object... params) {
    return Sql.rows(storage, "SELECT code FROM parks" + where + " ORDER BY code", params).stream()
        .map(r -> String.valueOf(r.get("code"))).toList();
  }

  @Test
  void without_parameters_a_bounded_first_page_says_more_follow_and_next_walks_every_park_once() {
    long parks = Sql.count(storage, "parks");
    assertTrue(parks > ParkQuery.DEFAULT_LIMIT);
    JsonNode first = app.json("/api/investor/parks", 200);
    assertEquals(ParkQuery.DEFAULT_LIMIT, first.get("parks").size());
    assertTrue(first.get("next").asText().startsWith("/api/investor/parks?cursor="), first.get("next").asText());
    List<String> all = walk("/api/investor/parks?limit=7", 7);
    assertEquals(sqlCodes(""), all, "every park once, in code order");
    assertEquals(all, walk("/api/investor/parks", ParkQuery.DEFAULT_LIMIT));
  }

  @Test
  void a_view_gives_the_parks_whose_box_meets_it_and_min_width_only_the_wide_ones() {
    Map<String, Object> box = Sql.rows(storage, "SELECT ST_XMin(geom) AS w, ST_YMin(geom) AS s, ST_XMax(geom) AS e,"
        + " ST_YMax(geom) AS n FROM parks WHERE code = 'QL-P03'").get(0);
    double w = ((Number) box.get("w")).doubleValue();
    double s = ((Number) box.get("s")).doubleValue();
    double e = ((Number) box.get("e")).doubleValue();
    double n = ((Number) box.get("n")).doubleValue();
    String view = (w - 0.001) + "," + (s - 0.001) + "," + (e + 0.001) + "," + (n + 0.001);
    List<String> expected = sqlCodes(" WHERE ST_XMax(geom) >= ? AND ST_XMin(geom) <= ? AND ST_YMax(geom) >= ?"
        + " AND ST_YMin(geom) <= ?", w - 0.001, e + 0.001, s - 0.001, n + 0.001);
    assertTrue(expected.contains("QL-P03") && expected.size() < Sql.count(storage, "parks"), expected.toString());
    assertEquals(expected, walk("/api/investor/parks?bbox=" + view + "&limit=5", 5));
    JsonNode p03 = app.json("/api/investor/parks?codes=QL-P03", 200).get("parks").get(0);
    assertEquals(w, p03.get("bbox").get(0).asDouble(), 1e-9);
    assertEquals(n, p03.get("bbox").get(3).asDouble(), 1e-9);

    double width = e - w;
    List<String> wide = sqlCodes(" WHERE ST_XMax(geom) - ST_XMin(geom) >= ?", width);
    assertTrue(wide.contains("QL-P03") && wide.size() < Sql.count(storage, "parks"), wide.toString());
    assertEquals(wide, walk("/api/investor/parks?bbox=-180,-90,180,90&min_width=" + width + "&limit=200", 200));
    assertEquals(List.of(), walk("/api/investor/parks?bbox=0,0,1,1", 50), "a view with no park");
    List<String> east = sqlCodes(" WHERE ST_XMin(geom) <= ?", e + 0.001);
    assertEquals(east, walk("/api/investor/parks?bbox=170,-90," + (e + 0.001) + ",90&limit=200", 200),
        "a view crossing the antimeridian (170°E to the park's east edge) holds every park west of that edge");
    assertEquals(List.of(), walk("/api/investor/parks?bbox=170,-90,100,90&limit=200", 200),
        "a view crossing the antimeridian that stops short of the city holds none");
  }

  @Test
  void q_finds_chinese_and_english_names_and_code_prefixes_and_treats_wildcards_as_text() {
    assertEquals(List.of("QL-P06"), codes(app.json("/api/investor/parks?q=" + enc("新能源"), 200)));
    assertEquals(List.of("QL-P06"), codes(app.json("/api/investor/parks?q=" + enc("new energy"), 200)));
    assertEquals(sqlCodes(" WHERE code LIKE 'QL-%'"), walk("/api/investor/parks?q=ql-p&limit=3", 3));
    assertEquals(sqlCodes(" WHERE name LIKE '副本园区1%'"), walk("/api/investor/parks?q=" + enc("副本园区1") + "&limit=4", 4));
    assertEquals(List.of(), codes(app.json("/api/investor/parks?q=" + enc("%"), 200)));
    assertEquals(List.of(), codes(app.json("/api/investor/parks?q=" + enc("_L"), 200)));
  }

  @Test
  void codes_and_names_look_up_parks_and_unknown_ones_are_absent() {
    JsonNode page = app.json("/api/investor/parks?codes=QL-P05,QL-P01,NO-SUCH,ZZ-P07", 200);
    assertEquals(List.of("QL-P01", "QL-P05", "ZZ-P07"), codes(page));
    assertNull(page.get("next"));
    for (JsonNode park : page.get("parks")) {
      assertEquals(Sql.count(storage, "parcels WHERE status IN ('available', 'listed') AND park_code = '"
          + park.get("code").asText() + "'"), park.get("available_parcels").asLong(), "public parcels only");
    }
    assertEquals(List.of("QL-P06", "ZZ-P02"), codes(app.json("/api/investor/parks?names="
        + enc("青岚新能源产业园,副本园区2,没有这个园区"), 200)));
    List<String> many = new ArrayList<>();
    for (int i = 1; i <= COPIES; i++) {
      many.add(String.format("ZZ-P%02d", i));
    }
    assertEquals(many, walk("/api/investor/parks?codes=" + String.join(",", many) + "&limit=25", 25));
  }

  @Test
  void the_extent_counts_every_park_and_boxes_them() {
    JsonNode extent = app.json("/api/investor/parks/extent", 200);
    assertEquals(Sql.count(storage, "parks"), extent.get("parks").asLong());
    Map<String, Object> box = Sql.rows(storage, "SELECT MIN(ST_XMin(geom)) AS w, MAX(ST_YMax(geom)) AS n FROM parks").get(0);
    assertEquals(((Number) box.get("w")).doubleValue(), extent.get("bbox").get(0).asDouble(), 1e-9);
    assertEquals(((Number) box.get("n")).doubleValue(), extent.get("bbox").get(3).asDouble(), 1e-9);
    assertEquals(400, app.get("/api/investor/parks/extent?all=1").statusCode());
  }

  @Test
  void bad_parameters_are_refused_naming_the_field() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= ParkQuery.MAX_KEYS; i++) {
      many.add("C" + i);
    }
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("limit=0", "limit");
    bad.put("limit=201", "limit");
    bad.put("limit=2.5", "limit");
    bad.put("limit=abc", "limit");
    bad.put("bbox=1,2,3", "bbox");
    bad.put("bbox=0,50,1,40", "bbox");
    bad.put("bbox=0,0,200,1", "bbox");
    bad.put("min_width=-1", "min_width");
    bad.put("min_width=400", "min_width");
    bad.put("q=" + "a".repeat(ParkQuery.MAX_Q + 1), "q");
    bad.put("codes=" + String.join(",", many), "codes");
    bad.put("codes=" + "C".repeat(65), "codes");
    bad.put("names=" + "名".repeat(201), "names");
    bad.put("cursor=" + "C".repeat(65), "cursor");
    bad.put("limit=5&limit=6", "limit");
    bad.put("sort=code", "sort");
    for (Map.Entry<String, String> request : bad.entrySet()) {
      HttpResponse<String> answer = app.get("/api/investor/parks?" + request.getKey());
      assertEquals(400, answer.statusCode(), request.getKey() + ": " + answer.body());
      JsonNode body = ApiClient.parse(answer.body());
      assertEquals(request.getValue(), body.get("params").get("field").asText(), request.getKey() + ": " + answer.body());
    }
  }
}
