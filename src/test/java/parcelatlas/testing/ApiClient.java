package parcelatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One visitor of the running app: its own cookie jar and, once signed in, its CSRF token. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String base;
  private final HttpClient client;
  private String csrf;

  ApiClient(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Signs in and keeps the session cookie and CSRF token; fails the test when refused. */
  public ApiClient signIn(String username, String password) {
    HttpResponse<String> response = post("/api/login", "application/json",
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    if (response.statusCode() != 200) {
      throw new AssertionError("sign-in refused: " + response.statusCode() + " " + response.body());
    }
    csrf = parse(response.body()).get("csrfToken").asText();
    return this;
  }

  public String csrfToken() {
    return csrf;
  }

  public HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request);
  }

  /** POSTs raw bytes (a file upload), with the CSRF token once signed in. */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request);
  }

  /**
   * POSTs a large upload after {@code Expect: 100-continue}, with this visitor's cookies and CSRF
   * token: for a body the server may refuse from its declared length (see {@link DeclaredUpload}).
   */
  public DeclaredUpload postDeclared(String path, String contentType, byte[] body) {
    URI uri = uri(path);
    java.util.List<java.net.HttpCookie> cookies = client.cookieHandler()
        .map(handler -> ((CookieManager) handler).getCookieStore().get(uri)).orElse(java.util.List.of());
    return DeclaredUpload.post(uri, cookies, csrf, contentType, body);
  }

  /** DELETEs, with the CSRF token once signed in. */
  public HttpResponse<String> delete(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request);
  }

  /**
   * Any method with an optional body ({@code contentType} null: no Content-Type header), with the
   * CSRF token once signed in.
   */
  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request);
  }

  /** POSTs without the CSRF token, as a forged cross-site request would. */
  public HttpResponse<String> postWithoutCsrf(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GETs and parses JSON, asserting the status. */
  public JsonNode json(String pathOrUrl, int expectedStatus) {
    HttpResponse<String> response = get(pathOrUrl);
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + pathOrUrl + " gave " + response.statusCode() + ": " + response.body());
    }
    return parse(response.body());
  }

  public static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  /** GETs raw bytes (a vector tile) with extra headers given as name, value, name, value…. */
  public HttpResponse<byte[]> getBytes(String pathOrUrl, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
