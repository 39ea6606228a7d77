package parcelatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Storage;
import parcelatlas.web.Routes;

/** The real application on a free loopback port, with a fixed clock, and an HTTP client for it. */
public final class RunningApp implements AutoCloseable {
  /** The day the demo's latest weekly report was filed is the Monday before this. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  public RunningApp(Storage storage) {
    this.app = Routes.create(AtlasConfig.load(Map.of()), storage, CLOCK).start("127.0.0.1", 0);
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public HttpResponse<String> get(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** POSTs a body with a content type. */
  public HttpResponse<String> post(String path, String contentType, String body) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base() + path))
          .header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("POST " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** GETs and parses JSON, asserting the status. */
  public JsonNode json(String pathOrUrl, int expectedStatus) {
    HttpResponse<String> response = get(pathOrUrl);
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + pathOrUrl + " gave " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
