package parcelatlas.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origins a basemap's tile URL template loads images from, as Content-Security-Policy sources.
 * {@code {s}} in the host is expanded with the subdomains ({@code abc} when none are configured,
 * as Leaflet does), so {@code https://t{s}.tianditu.gov.cn/…} with {@code 01234567} gives eight
 * exact hosts; any other placeholder in the first label becomes {@code *.}. A relative template is
 * served by the portal itself ({@code 'self'}, nothing to add). A template whose origin is not a
 * plain {@code http(s)://host[:port]} is refused at start-up, naming {@code tile.url}, so a
 * setting can never write its own policy directives.
 */
final class TileHosts {
  private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+(:[0-9]{1,5})?|\\*\\.[a-z0-9.-]+(:[0-9]{1,5})?");

  private TileHosts() {}

  static List<String> sources(String template, String subdomains) {
    if (template == null || template.isBlank() || template.startsWith("/") && !template.startsWith("//")) {
      return List.of();
    }
    Matcher m = ORIGIN.matcher(template.strip());
    if (!m.find()) {
      throw new IllegalArgumentException("tile.url must start with http:// or https:// (or / for tiles served here), got '"
          + template + "'");
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String host = m.group(2).toLowerCase(Locale.ROOT);
    Set<String> hosts = new LinkedHashSet<>();
    if (host.contains("{s}")) {
      String letters = subdomains == null || subdomains.isBlank() ? "abc" : subdomains.strip();
      for (String sub : letters.split("")) { // Leaflet takes a string of subdomains letter by letter
        hosts.add(host.replace("{s}", sub));
      }
    } else {
      hosts.add(host);
    }
    return hosts.stream().map(h -> scheme + "://" + wildcard(h, template)).toList();
  }

  private static String wildcard(String host, String template) {
    String result = host;
    if (host.contains("{")) {
      int dot = host.indexOf('.');
      result = dot > 0 && !host.substring(dot).contains("{") ? "*" + host.substring(dot) : host;
    }
    if (!HOST.matcher(result).matches()) {
      throw new IllegalArgumentException("tile.url has a host the portal cannot allow images from: '" + template
          + "'; use a plain host name, {s} with tile.subdomains, or a placeholder in the first label only");
    }
    return result;
  }
}
