package parcelatlas.web;

import java.util.List;
import java.util.Map;

/**
 * The malformed input {@link NoServerErrorTest} sends: bad path parameter values, query
 * parameters with bad values, bodies that are not JSON or not the JSON asked for, and valid
 * example bodies ({@link #SHAPES}) whose members are swapped one at a time for {@link #BAD_JSON}.
 * None of it names a route: every route the app registers gets all of it.
 */
final class BadInputs {
  /** Path parameter values no route should take, URL-encoded where needed. */
  static final List<String> BAD_PATH = List.of("no-such-thing", "x".repeat(300), "-1", "%00", "%E2%80%AE",
      "99999999999999999999", "1.5", "%27%20OR%201%3D1--", "%F0%9F%98%80");

  /** Query parameters any route of the portal reads, and a few it does not. */
  static final List<String> QUERY_NAMES = List.of("limit", "offset", "bbox", "bbox-crs", "crs", "f", "datetime",
      "filter", "filter-lang", "filter-crs", "sortby", "as_of", "scope", "period", "of", "codes", "park", "land_use",
      "min_mu", "max_mu", "max_price", "servicing", "sort", "before", "entity", "layer", "format", "encoding", "within",
      "name", "status", "level");

  /** Query values, URL-encoded. */
  static final List<String> BAD_QUERY = List.of("abc", "-1", "1e400", "", "%00%E2%80%AE", "x".repeat(3000),
      "((%27", "99999999999999999999", "2026-02-30", "POLYGON((0%200,1%201))");

  /** JSON values (raw text) put in place of one member of a valid body. */
  static final List<String> BAD_JSON = List.of("\"x\"", "\"\"", "-1", "1e400", "[]", "{}", "true", "null",
      "\"" + "长".repeat(5000) + "\"", "\"\\u0000\\u202e\"", "99999999999999999999999", "\"2026-13-45\"",
      "[" + "\"road\",".repeat(2000) + "\"road\"]", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0]]]}");

  /** Whole bodies, as content type → body text (null content type: none sent). */
  static final List<String[]> BODIES = List.of(
      new String[] {null, null},
      new String[] {"text/plain", "hello"},
      new String[] {"application/x-www-form-urlencoded", "a=1&layer=%00"},
      new String[] {"application/json", ""},
      new String[] {"application/json", "{"},
      new String[] {"application/json", "[]"},
      new String[] {"application/json", "null"},
      new String[] {"application/json", "42"},
      new String[] {"application/json", "\"text\""},
      new String[] {"application/json", "{}"},
      new String[] {"application/json", "{\"unknown_member\": 1}"},
      new String[] {"application/json", "[".repeat(5000) + "]".repeat(5000)},
      new String[] {"application/json", "{\"a\": \"" + "x".repeat(300_000) + "\"}"},
      new String[] {"application/json; charset=ISO-8859-1", "{\"name\": \"\u00e9\"}"});

  /**
   * Valid example bodies of the portal's JSON requests, with placeholders ({@code $project}, …)
   * for ids from the test's database. Which fits which route is found by sending them.
   */
  static final List<Map<String, Object>> SHAPES = List.of(
      Map.of("month", "2026-10", "completed_wan", 12.5),
      Map.of("month", "2026-10", "paid_wan", 1.5),
      Map.of("stage", "started", "effective_date", "2026-11-18", "note", "fuzz", "reason", "fuzz"),
      Map.of("actual_date", "2026-11-18"),
      Map.of("description", "fuzz issue", "responsible", "fuzz"),
      Map.of("resolution", "fixed"),
      Map.of("report_date", "2026-11-16", "signed_households", 3, "demolished_households", 1, "cleared_area_m2", 10.0,
          "note", "fuzz"),
      Map.of("username", "fuzz.user", "role", "official", "scope_township", "", "scope_park", "",
          "password", "a long and unusual fuzz passphrase 42"),
      Map.of("layer", "parcels", "crs", "EPSG:4326", "encoding", "UTF-8", "mapping", Map.of()),
      Map.of("min_mu", 1, "max_mu", 500, "land_use", List.of(), "needs", List.of("road"), "limit", 5, "park", "$park"),
      Map.of("parcel_code", "$parcel", "name", "Fuzz", "contact", "fuzz@example.com", "message", "hello"),
      Map.of("username", "nobody", "password", "not the password"),
      Map.of("layer", "parcels", "format", "geojson", "crs", "EPSG:4326", "within",
          Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(120, 30), List.of(121, 30), List.of(121, 31),
              List.of(120, 30))))));

  private BadInputs() {}
}
