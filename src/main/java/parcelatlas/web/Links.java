package parcelatlas.web;

import io.javalin.http.Context;
import java.net.SocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Absolute links for API responses, built from the configured {@code public.url}, or without one
 * from the address and port the connection reached (never from the request's {@code Host} header,
 * which the client chooses).
 */
final class Links {
  private final String publicUrl;
  /** The last base worked out from a connection (no public URL), shared by every thread. */
  private volatile Base last;

  Links(String publicUrl) {
    this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
  }

  /**
   * The links' base: the public URL, or the scheme, address and port the request's connection reached
   * (never the Host header: a forged one would put another site into links a cache may keep). The
   * latter is kept for the next request that reached the same local address by the same scheme (one
   * listener and one address: every request), as the address's text took formatting and concatenation
   * on every items page.
   */
  String base(Context ctx) {
    if (publicUrl != null) {
      return publicUrl;
    }
    SocketAddress local = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
        .getLocalSocketAddress();
    String scheme = ctx.scheme();
    Base known = last;
    if (known != null && local != null && local.equals(known.local) && scheme.equals(known.scheme)) {
      return known.text;
    }
    // an IPv6 address in brackets once (Jetty gives it bracketed: "[[::1]]" made every next link invalid)
    String address = ctx.req().getLocalAddr();
    String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    String text = scheme + "://" + host + ":" + ctx.req().getLocalPort();
    if (local != null) {
      last = new Base(local, scheme, text);
    }
    return text;
  }

  /** A base worked out, and the local address and scheme it is the base of. */
  private record Base(SocketAddress local, String scheme, String text) {}

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
    return withParams(base(ctx), ctx.path(), ctx.queryParamMap(), changes);
  }

  /** As above, of a request at {@code base} + {@code path} with these parameters. */
  static String withParams(String base, String path, Map<String, List<String>> params, Map<String, String> changes) {
    StringBuilder url = new StringBuilder(128).append(base).append(path).append('?');
    boolean first = true;
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      List<String> values = changes.containsKey(name) ? single(changes.get(name)) : e.getValue();
      for (String v : values) {
        first = append(url, first, name, v);
      }
    }
    for (Map.Entry<String, String> change : changes.entrySet()) {
      if (change.getValue() != null && !params.containsKey(change.getKey())) {
        first = append(url, first, change.getKey(), change.getValue());
      }
    }
    return url.toString();
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static boolean append(StringBuilder url, boolean first, String name, String value) {
    if (!first) {
      url.append('&');
    }
    url.append(encode(name)).append('=').append(encode(value));
    return false;
  }

  /** A query parameter's name or value as the links write it (unchanged when every character may stand as it is). */
  static String encode(String s) {
    if (unreserved(s)) {
      return s; // what URLEncoder would return unchanged (most names and values: numbers, bboxes, codes)
    }
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
  }

  /** Only characters that {@link #encode} keeps as they are: letters, digits, {@code . - _ *} and the comma. */
  private static boolean unreserved(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_' || c == '*' || c == ',';
      if (!keep) {
        return false;
      }
    }
    return true;
  }
}
