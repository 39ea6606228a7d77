package parcelatlas.features.cql2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese title of each portal field of a layer: the first Chinese source field name its default
 * import mapping ({@code /mappings/LAYER.properties}) maps to it, e.g. {@code code} → 地块编号. The
 * mapping files are the one place the portal's fields have Chinese names; the queryables' titles and
 * the import page's mapping table both read them here. A field the mapping does not name has no title.
 */
public final class FieldTitles {
  private FieldTitles() {}

  /** Portal field → Chinese title, for the layer with this id; empty for a layer without a mapping file. */
  public static Map<String, String> of(String layerId) {
    Map<String, String> titles = new LinkedHashMap<>();
    String resource = "/mappings/" + layerId + ".properties";
    try (InputStream stream = FieldTitles.class.getResourceAsStream(resource)) {
      if (stream == null) {
        return Map.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int eq = line.indexOf('=');
        if (!line.startsWith("#") && eq > 0) {
          titles.putIfAbsent(line.substring(eq + 1).strip(), line.substring(0, eq).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(titles);
  }
}
