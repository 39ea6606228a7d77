package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OgcFormatTest {

  /** The way withParam was written before it walked the query once: split, decode every name, join. */
  private static String splitAndJoin(String url, String name, String value) {
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

  @Test
  void a_parameter_is_replaced_appended_or_removed_as_the_split_and_join_did() {
    List<String> urls = List.of("http://h:1/ogc/collections/parcels/items",
        "http://h:1/ogc/collections/parcels/items?", "http://h:1/ogc/collections/parcels/items?limit=100&bbox=1,2,3,4&offset=0",
        "http://h:1/items?f=json&limit=5", "http://h:1/items?limit=5&f=json", "http://h:1/items?f=json",
        "http://h:1/items?&&limit=5&&f=json&", "http://h:1/items?%66=json&limit=5", "http://h:1/items?f+x=1&f=2",
        "http://h:1/items?crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F4547&f=html",
        "http://h:1/items?=x&f&limit", "http://h:1/items?name=%E5%9B%AD&f=json", "http://h:1/items?f=a=b&g=c");
    for (String url : urls) {
      for (String[] change : new String[][] {{"f", "html"}, {"f", "json"}, {"f", null}, {"crs", null},
          {"crs", "http://www.opengis.net/def/crs/EPSG/0/4547"}, {"f x", "a b"}, {"limit", "7"}}) {
        assertEquals(splitAndJoin(url, change[0], change[1]), OgcFormat.withParam(url, change[0], change[1]),
            url + " " + change[0] + "=" + change[1]);
      }
    }
  }

  @Test
  void a_malformed_escape_in_a_name_is_refused_as_before() {
    assertThrows(IllegalArgumentException.class, () -> splitAndJoin("http://h:1/items?%zz=1", "f", "html"));
    assertThrows(IllegalArgumentException.class, () -> OgcFormat.withParam("http://h:1/items?%zz=1", "f", "html"));
  }
}
