package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The HTML pages of the OGC API: a shared page shell and the one escaping function,
 * {@link #esc}, that every value written into a page passes through (element text and quoted
 * attributes alike). Pages are Chinese first with English, need no script except the items and
 * item pages' small Leaflet map ({@code /js/ogc-map.js}), and link to their JSON alternate.
 */
final class OgcHtml {
  /** A breadcrumb: where it leads and its label. */
  record Crumb(String href, String label) {}

  private OgcHtml() {}

  /** Text safe inside HTML element content and inside single- or double-quoted attributes; null is empty. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof JsonNode node ? (node.isTextual() ? node.asText() : node.toString())
        : value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A link; href and text are escaped. */
  static String a(String href, Object text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /**
   * The href of a response's link with the given rel as the page links it ({@link #local}), or null.
   */
  static String href(JsonNode body, String rel) {
    JsonNode links = body.get("links");
    if (links != null) {
      for (JsonNode link : links) {
        if (rel.equals(link.path("rel").asText())) {
          return local(link.path("href").asText());
        }
      }
    }
    return null;
  }

  /**
   * An absolute link of this server as a page links it: its path and query only. The JSON's links
   * carry {@code public.url}'s origin (else the address the connection reached), which need not be
   * the name the browser used (localhost against 127.0.0.1): a page's map fetching its features
   * there was a cross-origin request the page's policy refuses, and its paging left the name the
   * session cookie belongs to ({@code OgcHtmlBrowserTest}). A link that is not absolute is kept.
   */
  static String local(String href) {
    int scheme = href.indexOf("://");
    if (scheme < 0) {
      return href;
    }
    int path = href.indexOf('/', scheme + 3);
    return path < 0 ? "/" : href.substring(path);
  }

  /**
   * A whole page. {@code content} must already be built from escaped values; {@code jsonHref}
   * is the JSON alternate of this page (linked in the head and the footer).
   */
  static String page(String titleZh, String titleEn, List<Crumb> crumbs, String jsonHref, String content,
      boolean map) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(titleZh + " " + titleEn)).append(" · Parcel Atlas OGC API</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/css/ogc.css\">\n")
        .append("<link rel=\"alternate\" type=\"application/json\" href=\"").append(esc(jsonHref)).append("\">\n");
    if (map) {
      html.append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">\n")
          .append("<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>\n");
    }
    html.append("</head>\n<body>\n<nav class=\"crumbs\">");
    html.append(a("/ogc", "OGC API 首页 Home"));
    for (Crumb crumb : crumbs) {
      html.append(" › ").append(crumb.href() == null ? esc(crumb.label()) : a(crumb.href(), crumb.label()));
    }
    html.append("</nav>\n<main>\n<h1>").append(esc(titleZh)).append(" <span class=\"en\">").append(esc(titleEn))
        .append("</span></h1>\n").append(content)
        .append("</main>\n<footer>其他格式 Other formats: ").append(a(jsonHref, "JSON")).append("</footer>\n");
    if (map) {
      html.append("<script type=\"module\" src=\"/js/ogc-map.js\"></script>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** A definition list of label/value rows; values are escaped unless given as {@link Markup}. */
  static String facts(List<Object[]> rows) {
    StringBuilder html = new StringBuilder("<dl class=\"facts\">\n");
    for (Object[] row : rows) {
      Object value = row[1];
      html.append("<dt>").append(esc(row[0])).append("</dt><dd>")
          .append(value instanceof Markup m ? m.html() : esc(value)).append("</dd>\n");
    }
    return html.append("</dl>\n").toString();
  }

  /** HTML already built from escaped parts. */
  record Markup(String html) {}
}
