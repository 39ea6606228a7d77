package parcelatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The soak's requests against one portal on 127.0.0.1: anonymous reads, an official's writes
 * (signed in once, with the CSRF token) and the hostile requests of issue 9 item 2. Each returns
 * its HTTP status.
 */
final class SoakRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A request unanswered after this counts as an error (a legitimate one is also an error when slower). */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final double LON = 117.30;
  private static final double LAT = 34.72;
  private final String base;
  private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final HttpClient staff =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager()).build();
  private final String needsBody;
  private final String withinBody;
  private String csrf;
  private List<String> parks;
  private List<String> zones;
  private List<String> projects;

  SoakRequests(String base) {
    this.base = base;
    this.needsBody = "{\"needs\": [" + "\"road\",".repeat(139_999) + "\"road\"]}";
    this.withinBody = "{\"layer\": \"parcels\", \"within\": " + selfIntersectingPolygon(2_000) + "}";
  }

  /** Signs the official in and learns the parks, zones and projects to use. */
  void prepare(String user, String password) throws IOException, InterruptedException {
    HttpResponse<String> login = send(staff, post("/api/login", "{\"username\": " + JSON.writeValueAsString(user)
        + ", \"password\": " + JSON.writeValueAsString(password) + "}"));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("sign-in of " + user + " refused: " + login.statusCode() + " " + login.body());
    }
    csrf = JSON.readTree(login.body()).get("csrfToken").asText();
    parks = codes(send(anonymous, get("/api/investor/parks")).body(), "parks");
    zones = codes(send(staff, get("/ogc/collections/demolition-zones/items?limit=1000")).body(), "features");
    projects = codes(send(staff, get("/ogc/collections/projects/items?limit=1000")).body(), "features");
    if (parks.isEmpty() || zones.isEmpty() || projects.isEmpty()) {
      throw new IllegalStateException("no demo data to work on: parks, zones or projects missing");
    }
  }

  int home() throws IOException, InterruptedException {
    return send(anonymous, get("/")).statusCode();
  }

  int investorSearch(SplittableRandom random) throws IOException, InterruptedException {
    String park = parks.get(random.nextInt(parks.size()));
    return send(anonymous, get("/api/investor/parcels?park=" + park + "&min_mu=" + random.nextInt(40))).statusCode();
  }

  /** Parcels in a bbox of the city, a few km wide. */
  int ogcItems(SplittableRandom random) throws IOException, InterruptedException {
    double w = 0.02 + random.nextDouble() * 0.08;
    double x = LON - 0.25 + random.nextDouble() * 0.5;
    double y = LAT - 0.2 + random.nextDouble() * 0.4;
    return send(anonymous, get("/ogc/collections/parcels/items?limit=100&bbox=" + x + "," + y + "," + (x + w) + ","
        + (y + w))).statusCode();
  }

  /** A web-map tile of parcels and parks as GeoJSON: the bbox of a random zoom-14 tile over the city. */
  int jsonTile(SplittableRandom random) throws IOException, InterruptedException {
    int z = 14;
    double n = Math.pow(2, z);
    int tx = (int) ((LON + 180) / 360 * n) - 8 + random.nextInt(16);
    int ty = (int) ((1 - Math.log(Math.tan(Math.toRadians(LAT)) + 1 / Math.cos(Math.toRadians(LAT))) / Math.PI) / 2 * n)
        - 8 + random.nextInt(16);
    String bbox = (tx / n * 360 - 180) + "," + lat(ty + 1, n) + "," + ((tx + 1) / n * 360 - 180) + "," + lat(ty, n);
    String layer = random.nextBoolean() ? "parcels" : "parks";
    return send(anonymous, get("/ogc/collections/" + layer + "/items?limit=500&bbox=" + bbox)).statusCode();
  }

  /** The zone's latest figures filed again as this week's report, based on the latest report. */
  int weeklyReport(String zone) throws IOException, InterruptedException {
    String path = "/api/desk/zones/" + zone + "/reports";
    HttpResponse<String> history = send(staff, get(path));
    if (history.statusCode() != 200) {
      return history.statusCode();
    }
    JsonNode latest = null;
    for (JsonNode r : JSON.readTree(history.body()).get("reports")) {
      latest = latest == null || r.get("id").asLong() > latest.get("id").asLong() ? r : latest;
    }
    return send(staff, post(path, "{\"report_date\": \"" + latest.get("reportDate").asText() + "\", \"signed_households\": "
        + latest.get("signedHouseholds") + ", \"demolished_households\": " + latest.get("demolishedHouseholds")
        + ", \"cleared_area_m2\": " + latest.get("clearedAreaM2") + ", \"based_on\": " + latest.get("id") + "}"))
        .statusCode();
  }

  int investment(SplittableRandom random) throws IOException, InterruptedException {
    String project = projects.get(random.nextInt(projects.size()));
    return send(staff, post("/api/desk/projects/" + project + "/investments",
        "{\"month\": \"" + java.time.YearMonth.now().minusMonths(1) + "\", \"completed_wan\": " + random.nextInt(20) + "}"))
        .statusCode();
  }

  /** Issue 9 item 2: 140,000 "road" needs (under the 1 MB body limit) on the public site matching. */
  int hugeNeeds() throws IOException, InterruptedException {
    return send(anonymous, post("/api/investor/match", needsBody)).statusCode();
  }

  /** Issue 9 item 2: a self-intersecting 2,000-vertex {@code within} polygon on the public count. */
  int selfIntersectingCount() throws IOException, InterruptedException {
    return send(anonymous, post("/api/export/count", withinBody)).statusCode();
  }

  /** A wrong password for the official's name (a burst is several of these in a row). */
  int wrongPassword(String user, SplittableRandom random) throws IOException, InterruptedException {
    return send(anonymous, post("/api/login", "{\"username\": " + JSON.writeValueAsString(user)
        + ", \"password\": \"guess-" + random.nextInt(1_000_000) + "\"}")).statusCode();
  }

  List<String> zones() {
    return zones;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build();
  }

  private HttpRequest post(String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null && !path.equals("/api/login")) {
      b.header("X-CSRF-Token", csrf);
    }
    return b.build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static double lat(int ty, double n) {
    return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * ty / n))));
  }

  /** The codes of the objects (or features) in the body's array {@code member}. */
  private static List<String> codes(String body, String member) throws IOException {
    List<String> codes = new ArrayList<>();
    for (JsonNode item : JSON.readTree(body).get(member)) {
      JsonNode code = item.has("properties") ? item.get("properties").get("code") : item.get("code");
      if (code != null) {
        codes.add(code.asText());
      }
    }
    return codes;
  }

  /**
   * A star polygon around the city centre whose edges cross each other over and over: {@code
   * positions - 1} vertices, vertex i at i·997/(positions - 1) turns, closed by repeating the first.
   */
  private static String selfIntersectingPolygon(int positions) {
    int n = positions - 1;
    StringBuilder ring = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
    for (int i = 0; i <= n; i++) {
      int v = i % n;
      double angle = 2 * Math.PI * ((long) v * 997 % n) / n;
      double r = 0.05 + 0.03 * (v % 2);
      ring.append(i == 0 ? "" : ", ").append('[').append(LON + r * Math.cos(angle)).append(", ")
          .append(LAT + r * Math.sin(angle)).append(']');
    }
    return ring.append("]]}").toString();
  }
}
