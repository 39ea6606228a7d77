package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parcelatlas.testing.ApiClient;

/**
 * Sends {@link NoServerErrorTest}'s requests and keeps every answer that breaks the rule: a 5xx
 * other than 503 (load, answered with {@code Retry-After}), no answer at all, or a refusal (4xx)
 * whose body is not a JSON object with a non-blank {@code code} and {@code description}, a
 * {@code params} object and a code that is an {@link parcelatlas.domain.ErrorCode} (so the pages can
 * say it in the viewer's language).
 */
final class BadAnswers {
  /** Every code a page has a text for. */
  private static final java.util.Set<String> CODES = java.util.Arrays.stream(parcelatlas.domain.ErrorCode.values())
      .map(parcelatlas.domain.ErrorCode::code).collect(java.util.stream.Collectors.toSet());
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Set<String> found = new LinkedHashSet<>();
  private int requests;

  /** The answer, or null when the server gave none (recorded). */
  HttpResponse<String> call(ApiClient client, String who, String method, String path, String contentType,
      String body) {
    HttpResponse<String> response = send(client, method, path, contentType, body);
    requests++;
    String what = who + " " + method + " " + shorten(path) + (body == null ? "" : " " + shorten(body)) + " → ";
    if (response == null) {
      found.add(what + "no answer");
      return null;
    }
    int status = response.statusCode();
    if (status >= 500 && status != 503) {
      found.add(what + status + " " + shorten(response.body()));
    } else if (status >= 400) {
      JsonNode refusal = refusal(response.body());
      if (refusal == null || refusal.path("code").asText().isBlank() || !refusal.path("code").isTextual()
          || refusal.path("description").asText().isBlank() || !refusal.path("description").isTextual()) {
        found.add(what + status + " without a JSON {code, description}: " + shorten(response.body()));
      } else if (!refusal.path("params").isObject() || !CODES.contains(refusal.path("code").asText())) {
        found.add(what + status + " without params or with a code the pages cannot translate (not an ErrorCode): "
            + shorten(response.body()));
      }
    }
    return response;
  }

  List<String> found() {
    return List.copyOf(found);
  }

  int requests() {
    return requests;
  }

  /** The body as a JSON object, or null. */
  static JsonNode refusal(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The answer, sent again once if the connection broke (a kept-alive connection the server had
   * just closed); null when the server does not answer twice.
   */
  private static HttpResponse<String> send(ApiClient client, String method, String path, String contentType,
      String body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.send(method, path, contentType, body);
      } catch (AssertionError e) {
        if (!(e.getCause() instanceof IOException) || attempt == 2) {
          return null;
        }
      }
    }
  }

  private static String shorten(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
  }
}
