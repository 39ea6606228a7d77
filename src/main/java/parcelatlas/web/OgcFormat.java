package parcelatlas.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The representation an OGC API request asks for: {@code f=json} or {@code f=html}; without
 * {@code f}, HTML when the Accept header names {@code text/html} (browsers), JSON otherwise
 * (GIS clients, scripts). Any other {@code f} is a 400.
 */
enum OgcFormat {
  JSON, HTML;

  static final String TEXT_HTML = "text/html";
  private static final FixedHeader VARY = new FixedHeader("Vary", "Accept");

  static OgcFormat of(Context ctx) {
    VARY.set(ctx);
    String f = ctx.queryParam("f");
    if (f == null) {
      String accept = ctx.header("Accept");
      return accept != null && accept.contains(TEXT_HTML) ? HTML : JSON;
    }
    return switch (f.strip()) {
      case "json", "geojson" -> JSON;
      case "html" -> HTML;
      default -> throw ApiException.badRequest("f must be json or html, got '" + f + "'");
    };
  }

  /**
   * True when an error should be answered as an HTML page: the request is for the OGC API (a path
   * under {@code /ogc}) and asks for HTML as {@link #of} reads it. Unlike {@link #of} this never
   * throws: an unreadable {@code f} means JSON.
   */
  static boolean wantsHtml(Context ctx) {
    if (!ctx.path().equals("/ogc") && !ctx.path().startsWith("/ogc/")) {
      return false;
    }
    String f = ctx.queryParam("f");
    if (f != null) {
      return f.strip().equals("html");
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.contains(TEXT_HTML);
  }

  /** The URL with its {@code f} parameter set to {@code f} (replaced, or appended), other parameters kept. */
  static String withF(String url, String f) {
    return withParam(url, "f", f);
  }

  /**
   * The URL with parameter {@code name} set to {@code value} (replaced or appended; null: removed),
   * the other pairs kept as they are, in their order (empty pairs dropped). Walks the query once,
   * decoding a pair's name only when it holds an escape ({@code %} or {@code +}): every OGC page
   * builds its alternate links with it.
   */
  static String withParam(String url, String name, String value) {
    int q = url.indexOf('?');
    StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, q >= 0 ? q : url.length());
    boolean first = true;
    for (int start = q + 1; q >= 0 && start <= url.length(); ) {
      int end = url.indexOf('&', start);
      end = end < 0 ? url.length() : end;
      if (end > start && !name.equals(pairName(url, start, end))) {
        out.append(first ? '?' : '&').append(url, start, end);
        first = false;
      }
      start = end + 1;
    }
    if (value != null) {
      out.append(first ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  /** The decoded name of the pair {@code url[start, end)}: the text before its first {@code =}. */
  private static String pairName(String url, int start, int end) {
    int eq = url.indexOf('=', start);
    String raw = url.substring(start, eq < 0 || eq > end ? end : eq);
    return raw.indexOf('%') < 0 && raw.indexOf('+') < 0 ? raw : URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }
}
