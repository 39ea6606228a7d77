package parcelatlas.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Absolute links for API responses, built from the configured {@code public.url}, or without one
 * from the address and port the connection reached (never from the request's {@code Host} header,
 * which the client chooses).
 */
final class Links {
  private final String publicUrl;

  Links(String publicUrl) {
    this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
  }

  String base(Context ctx) {
    if (publicUrl != null) {
      return publicUrl;
    }
    // never the Host header: a forged one would put another site into links a cache may keep
    String address = ctx.req().getLocalAddr();
    String host = address.contains(":") ? "[" + address + "]" : address;
    return ctx.scheme() + "://" + host + ":" + ctx.req().getLocalPort();
  }

  static Map<String, Object> link(String href, String rel, String type, String title) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("href", href);
    link.put("rel", rel);
    link.put("type", type);
    if (title != null) {
      link.put("title", title);
    }
    return link;
  }

  /** The request's own URL with {@code offset} replaced, every other query parameter kept. */
  String withOffset(Context ctx, long offset) {
    return withParams(ctx, Map.of("offset", Long.toString(offset)));
  }

  /** The request's own URL with the given parameters set (a null value removes one), the others kept. */
  String withParams(Context ctx, Map<String, String> changes) {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    changes.forEach((name, value) -> {
      if (value == null) {
        params.remove(name);
      } else {
        params.put(name, List.of(value));
      }
    });
    String query = params.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return base(ctx) + ctx.path() + "?" + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
  }
}
