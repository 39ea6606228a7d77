package parcelatlas.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The representation an OGC API request asks for: {@code f=json} or {@code f=html}; without
 * {@code f}, HTML when the Accept header names {@code text/html} (browsers), JSON otherwise
 * (GIS clients, scripts). Any other {@code f} is a 400.
 */
enum OgcFormat {
  JSON, HTML;

  static final String TEXT_HTML = "text/html";

  static OgcFormat of(Context ctx) {
    ctx.header("Vary", "Accept");
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

  /** The URL with parameter {@code name} set to {@code value} (replaced or appended; null: removed). */
  static String withParam(String url, String name, String value) {
    int q = url.indexOf('?');
    List<String> kept = new ArrayList<>();
    if (q >= 0) {
      for (String pair : url.substring(q + 1).split("&")) {
        String key = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
        if (!pair.isEmpty() && !key.equals(name)) {
          kept.add(pair);
        }
      }
    }
    if (value != null) {
      kept.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    String path = q >= 0 ? url.substring(0, q) : url;
    return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
  }
}
