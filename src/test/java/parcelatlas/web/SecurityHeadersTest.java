package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Every page, file, API answer and error carries the security headers; staff data is never
 * cached; the session cookie is Secure behind TLS (and only trusted proxies may say so); links
 * never reflect a forged Host; X-HTTP-Method-Override is not honoured.
 */
@Tag("database")
class SecurityHeadersTest {
  private static final List<String> PATHS = List.of("/", "/index.html", "/sheet.html?code=x", "/overview.html",
      "/login.html", "/desk.html", "/admin.html", "/leads.html", "/export.html", "/import.html", "/css/app.css", "/js/api.js",
      "/webjars/leaflet/1.9.4/dist/leaflet.js", "/ogc", "/ogc?f=html", "/ogc/collections/parks/items?f=html&limit=2",
      "/ogc/collections/parks/items?limit=2", "/ogc/api", "/api/config", "/api/me", "/api/investor/parks",
      "/api/figures", "/api/desk/zones", "/api/admin/users", "/no-such-page", "/ogc/collections/nope?f=html",
      "/api/investor/parcels?min_mu=abc");
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage, Map.of("ATLAS_TILE_URL", "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
        "ATLAS_TILE_SUBDOMAINS", "ab"));
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void every_page_file_api_answer_and_error_carries_the_security_headers_for_anyone_and_for_staff() {
    ApiClient staff = app.staff();
    for (ApiClient client : List.of(app.client(), staff)) {
      for (String path : PATHS) {
        HttpResponse<String> r = client.get(path);
        String csp = header(r, "Content-Security-Policy");
        String where = path + " (" + r.statusCode() + ")";
        assertTrue(csp.contains("script-src 'self';"), where + ": " + csp);
        for (String directive : List.of("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
            "form-action 'self'", "default-src 'self'")) {
          assertTrue(csp.contains(directive), where + " lacks " + directive + ": " + csp);
        }
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), where + ": " + csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), where);
        assertEquals("DENY", header(r, "X-Frame-Options"), where);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), where);
        assertTrue(header(r, "Permissions-Policy").contains("geolocation=()"), where);
      }
    }
  }

  @Test
  void images_come_from_the_configured_tile_hosts_and_a_tile_url_cannot_write_policy() {
    String csp = header(app.get("/"), "Content-Security-Policy");
    assertTrue(csp.contains("img-src 'self' data: blob: https://a.tiles.example.org https://b.tiles.example.org;"), csp);
    assertEquals(List.of("https://t0.tianditu.gov.cn", "https://t1.tianditu.gov.cn"),
        TileHosts.sources(MapConfigApi.TIANDITU + "key", "01"));
    assertEquals(List.of("https://*.is.autonavi.com"),
        TileHosts.sources("https://webrd0{n}.is.autonavi.com/appmaptile?x={x}", ""));
    assertEquals(List.of(), TileHosts.sources("/tiles/{z}/{x}/{y}.png", ""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TileHosts.sources("https://tiles.example.org;script-src *;/{z}", ""));
    assertTrue(e.getMessage().contains("tile.url"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TileHosts.sources("data:image/png,x", ""));
  }

  @Test
  void staff_data_and_who_am_i_are_never_stored_in_a_cache() {
    assertEquals("no-store", header(app.get("/api/me"), "Cache-Control"));
    assertNotEquals("no-store", header(app.get("/api/config"), "Cache-Control"), "public data may be cached");
    assertNotEquals("no-store", header(app.get("/ogc/collections/parks/items?limit=1"), "Cache-Control"));
    ApiClient staff = app.staff();
    for (String path : List.of("/api/me", "/api/desk/zones", "/api/figures", "/api/admin/users", "/api/config",
        "/ogc/collections/projects/items?limit=1", "/api/staff/enquiries", "/api/no-such-thing")) {
      assertEquals("no-store", header(staff.get(path), "Cache-Control"), path);
    }
  }

  @Test
  void the_session_cookie_is_secure_only_behind_tls_that_the_settings_vouch_for() {
    assertFalse(sessionCookie(app.base(), Map.of("X-Forwarded-Proto", "https")).contains("Secure"),
        "plain HTTP, and X-Forwarded-Proto from an untrusted client is ignored");
    assertEquals("", header(app.get("/"), "Strict-Transport-Security"), "no HSTS over plain HTTP");
    try (RunningApp behindProxy = new RunningApp(storage, Map.of("ATLAS_TRUSTED_PROXIES", "127.0.0.1"))) {
      assertTrue(sessionCookie(behindProxy.base(), Map.of("X-Forwarded-Proto", "https")).contains("Secure"));
      assertFalse(sessionCookie(behindProxy.base(), Map.of()).contains("Secure"));
    }
    try (RunningApp https = new RunningApp(storage, Map.of("ATLAS_PUBLIC_URL", "https://atlas.example.gov.cn"))) {
      String cookie = sessionCookie(https.base(), Map.of());
      assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
      assertEquals("max-age=31536000", header(https.get("/"), "Strict-Transport-Security"));
    }
  }

  @Test
  void links_never_reflect_a_forged_host_header() throws IOException {
    int port = URI.create(app.base()).getPort();
    for (String path : List.of("/ogc", "/ogc/collections/parks/items?limit=1", "/ogc/api", "/ogc?f=html")) {
      String response = rawGet(port, path, "evil.example");
      assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse(""));
      assertFalse(response.contains("evil.example"), path + " reflected the Host header");
      assertTrue(response.contains("127.0.0.1:" + port), path);
    }
  }

  @Test
  void x_http_method_override_is_not_honoured() {
    ApiClient staff = app.staff();
    HttpResponse<String> upload = staff.postBytes("/api/imports?layer=parks&name=parks.geojson",
        "application/octet-stream", UploadFixtures.demoFile("parks.geojson"));
    assertEquals(201, upload.statusCode(), upload.body());
    String id = ApiClient.parse(upload.body()).get("id").asText();
    HttpResponse<String> overridden = send(HttpRequest.newBuilder(URI.create(app.base() + "/api/imports/" + id))
        .header("X-HTTP-Method-Override", "DELETE").header("X-CSRF-Token", staff.csrfToken())
        .POST(HttpRequest.BodyPublishers.noBody()), staff);
    assertEquals(400, overridden.statusCode(), "a POST with an override header is no DELETE: " + overridden.body());
    assertTrue(overridden.body().contains("X-HTTP-Method-Override"), overridden.body());
    HttpResponse<String> still = staff.post("/api/imports/" + id + "/preview", "application/json", "{\"layer\":\"parks\"}");
    assertEquals(200, still.statusCode(), "the upload was not discarded: " + still.body());
    assertEquals(204, staff.delete("/api/imports/" + id).statusCode());
  }

  @Test
  void a_request_refused_before_its_handler_carries_its_id_and_the_headers_and_the_earliest_check_answers() {
    // the method override (checked with the headers) comes before the NUL in the query (checked after)
    HttpResponse<String> both = send(HttpRequest.newBuilder(URI.create(app.base() + "/api/config?x=%00"))
        .header("X-HTTP-Method-Override", "DELETE").header("X-Request-Id", "refused-1").GET(), null);
    assertEquals(400, both.statusCode(), both.body());
    assertEquals("MethodOverrideRefused", ApiClient.parse(both.body()).path("code").asText(), both.body());
    // a body over the limit comes before the NUL in the query too
    HttpResponse<String> big = send(HttpRequest.newBuilder(URI.create(app.base() + "/api/investor/match?x=%00"))
        .header("Content-Type", "application/json").header("X-Request-Id", "refused-2")
        .POST(HttpRequest.BodyPublishers.ofString("{\"a\": \"" + "x".repeat(40_000) + "\"}")), null);
    assertEquals(413, big.statusCode(), big.body());
    HttpResponse<String> nul = send(HttpRequest.newBuilder(URI.create(app.base() + "/api/config?x=%00"))
        .header("X-Request-Id", "refused-3").GET(), null);
    assertEquals(400, nul.statusCode(), nul.body());
    assertEquals("ControlCharacter", ApiClient.parse(nul.body()).path("code").asText(), nul.body());
    int i = 1;
    for (HttpResponse<String> r : List.of(both, big, nul)) {
      assertEquals("refused-" + i++, header(r, "X-Request-Id"), r.body());
      assertEquals("DENY", header(r, "X-Frame-Options"), r.body());
      assertTrue(header(r, "Content-Security-Policy").contains("frame-ancestors 'none'"), r.body());
    }
  }

  private static String header(HttpResponse<String> r, String name) {
    return r.headers().firstValue(name).orElse("");
  }

  /** Signs in with extra request headers and returns the Set-Cookie of the session. */
  private static String sessionCookie(String base, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"username\": \"" + RunningApp.STAFF + "\", \"password\": \"" + RunningApp.STAFF_PASSWORD + "\"}"));
    headers.forEach(request::header);
    HttpResponse<String> r = send(request, null);
    assertEquals(200, r.statusCode(), r.body());
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(AuthApi.COOKIE + "="))
        .findFirst().orElseThrow();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, ApiClient cookiesOf) {
    try {
      HttpClient client = HttpClient.newHttpClient();
      if (cookiesOf != null) {
        // the staff client's cookie jar is private: sign in again on a client of our own
        client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/login"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\": \"" + RunningApp.STAFF + "\", \"password\": \"" + RunningApp.STAFF_PASSWORD + "\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        request.setHeader("X-CSRF-Token", ApiClient.parse(login.body()).get("csrfToken").asText());
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A GET over a plain socket, because Java's HTTP client will not send a Host of our choosing. */
  private static String rawGet(int port, String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
