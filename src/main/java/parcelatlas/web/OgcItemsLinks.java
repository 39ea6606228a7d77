package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parcelatlas.features.ServedCollection;

/**
 * The links of an OGC items page, written by the page's generator member by member (no map per link).
 * The same text as {@link Links#withParams} gives the self link and {@link OgcFormat#withF} its HTML
 * alternate (checked in {@code OgcItemsLinksTest}), but both come from one pass over the request's
 * parameters, each pair encoded once, with the base of the links read once a request; the collection's
 * path is made once per collection. Built the old way (self, then the alternate by walking self's
 * query again, the base read twice, a map per link) they were about 5% of the CPU of a small page.
 */
final class OgcItemsLinks {
  private static final SerializedString HREF = new SerializedString("href");
  private static final SerializedString REL = new SerializedString("rel");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final Map<ServedCollection, String> PATHS = paths();

  private OgcItemsLinks() {}

  /** A page's own URL and its HTML alternate. */
  record Self(String self, String alternate) {}

  /**
   * The request's URL at {@code base} with its parameters in their order, {@code offset} (when not
   * null) replacing the request's or added last: as {@link Links#withParams} with that one change. The
   * alternate is the same without any {@code f} and with {@code f=html} last, as {@link OgcFormat#withF}
   * makes it of the self link.
   */
  static Self self(String base, String path, Map<String, List<String>> params, String offset) {
    StringBuilder self = new StringBuilder(base.length() + path.length() + 96).append(base).append(path);
    StringBuilder alternate = new StringBuilder(self.length() + 104).append(self);
    self.append('?');
    boolean firstSelf = true;
    boolean firstAlternate = true;
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      List<String> values = offset != null && name.equals("offset") ? List.of(offset) : e.getValue();
      String encodedName = Links.encode(name);
      boolean f = name.equals("f");
      for (String value : values) {
        String encodedValue = Links.encode(value);
        firstSelf = pair(self, firstSelf, encodedName, encodedValue);
        if (!f) {
          alternate.append(firstAlternate ? '?' : '&').append(encodedName).append('=').append(encodedValue);
          firstAlternate = false;
        }
      }
    }
    if (offset != null && !params.containsKey("offset")) {
      pair(self, firstSelf, "offset", offset);
      alternate.append(firstAlternate ? '?' : '&').append("offset=").append(offset);
      firstAlternate = false;
    }
    alternate.append(firstAlternate ? '?' : '&').append("f=html");
    return new Self(self.toString(), alternate.toString());
  }

  private static boolean pair(StringBuilder url, boolean first, String name, String value) {
    if (!first) {
      url.append('&');
    }
    url.append(name).append('=').append(value);
    return false;
  }

  /** The collection's URL at {@code base}: {@code /ogc/collections/{id}}. */
  static String collection(String base, ServedCollection collection) {
    return base.concat(PATHS.get(collection));
  }

  /** A link: href, rel, type and, when not null, title (the members and order of {@link Links#link}). */
  static void write(JsonGenerator g, String href, String rel, String type, String title) throws IOException {
    g.writeStartObject();
    g.writeFieldName(HREF);
    g.writeString(href);
    g.writeFieldName(REL);
    g.writeString(rel);
    g.writeFieldName(TYPE);
    g.writeString(type);
    if (title != null) {
      g.writeFieldName(TITLE);
      g.writeString(title);
    }
    g.writeEndObject();
  }

  private static Map<ServedCollection, String> paths() {
    Map<ServedCollection, String> paths = new EnumMap<>(ServedCollection.class);
    for (ServedCollection c : ServedCollection.values()) {
      paths.put(c, "/ogc/collections/" + c.id());
    }
    return paths;
  }
}
