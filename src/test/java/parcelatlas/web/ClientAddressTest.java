package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Behind a load balancer every request arrives from the balancer's address: the per-client limits
 * must count the address it forwards (X-Forwarded-For) — but only from a trusted proxy, or anyone
 * could dodge a limit by sending a new made-up address each time. Shown with the enquiry limit.
 */
@Tag("database")
class ClientAddressTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void limits_count_the_forwarded_address_from_a_trusted_proxy_and_ignore_it_from_anyone_else() throws Exception {
    try (Storage storage = DemoData.loaded()) {
      String parcel = (String) Sql.rows(storage,
          "SELECT code FROM parcels WHERE status IN ('available', 'listed') ORDER BY code").get(0).get("code");
      try (RunningApp behindProxy = new RunningApp(storage,
          Map.of("ATLAS_TRUSTED_PROXIES", "127.0.0.1", "ATLAS_ENQUIRY_LIMIT_PER_HOUR", "2"))) {
        assertEquals(201, enquire(behindProxy, parcel, "203.0.113.7"));
        assertEquals(201, enquire(behindProxy, parcel, "198.51.100.20, 203.0.113.7"));
        assertEquals(429, enquire(behindProxy, parcel, "203.0.113.7"), "the third from one visitor");
        assertEquals(201, enquire(behindProxy, parcel, "203.0.113.8"), "another visitor behind the same proxy");
        assertEquals(201, enquire(behindProxy, parcel, "203.0.113.9, 127.0.0.1"), "the proxy's own hop is skipped");
        // HAProxy's option forwardfor adds its own line after a line the client made up: the
        // client is the last line's address, whatever the first says
        assertEquals(201, enquire(behindProxy, parcel, "203.0.113.9"), "the second from 203.0.113.9");
        assertEquals(429, enquire(behindProxy, parcel, "192.0.2.50", "203.0.113.9"),
            "a made-up first line does not make 203.0.113.9 someone else");
        assertEquals(201, enquire(behindProxy, parcel, "203.0.113.9", "203.0.113.10"),
            "nor does 203.0.113.10's made-up line count against 203.0.113.9");
      }
      try (RunningApp direct = new RunningApp(storage, Map.of("ATLAS_ENQUIRY_LIMIT_PER_HOUR", "2"))) {
        assertEquals(201, enquire(direct, parcel, "192.0.2.1"));
        assertEquals(201, enquire(direct, parcel, "192.0.2.2"));
        assertEquals(429, enquire(direct, parcel, "192.0.2.3"), "made-up addresses from an untrusted peer");
      }
    }
  }

  /** An enquiry with one {@code X-Forwarded-For} line per {@code forwardedFor}, in order. */
  private static int enquire(RunningApp app, String parcel, String... forwardedFor) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.base() + "/api/investor/enquiries"))
        .header("Content-Type", "application/json");
    for (String line : forwardedFor) {
      builder.header("X-Forwarded-For", line);
    }
    HttpRequest request = builder
        .POST(HttpRequest.BodyPublishers.ofString("{\"parcel_code\": \"" + parcel + "\", \"name\": \"赵先生\","
            + " \"contact\": \"zhao@example.com\", \"message\": \"请问该地块何时可以供地\"}"))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
