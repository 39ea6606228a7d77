package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerColumnsTest {
  private final DemoCity city = GeneratedCity.get();

  @Test
  void the_layers_use_exactly_the_fields_of_the_default_mappings_in_their_order()
      throws IOException {
    assertEquals(mapping("parks"), pairs(LayerColumns.parks()));
    assertEquals(mapping("parcels"), pairs(LayerColumns.parcels()));
    assertEquals(mapping("projects"), pairs(LayerColumns.projects()));
    assertEquals(mapping("demolition-zones"), pairs(LayerColumns.zones()));
    assertEquals(mapping("context-points"), pairs(LayerColumns.context()));
  }

  @Test
  void field_names_fit_ten_bytes_and_every_text_fits_a_gbk_dbf() {
    check(LayerColumns.parks(), city.parks());
    check(LayerColumns.parcels(), city.parcels());
    check(LayerColumns.projects(), city.projects());
    check(LayerColumns.zones(), city.zones());
  }

  @Test
  void csv_fields_are_quoted_only_when_they_must_be() {
    assertEquals("核减：经复核重复登记2户", CsvFiles.field("核减：经复核重复登记2户"));
    assertEquals("\"QL-Z01,QL-Z02\"", CsvFiles.field("QL-Z01,QL-Z02"));
    assertEquals("\"推行\"\"阳光征收\"\"\"", CsvFiles.field("推行\"阳光征收\""));
  }

  private static <T> void check(List<LayerColumn<T>> columns, List<T> rows) {
    var encoder = LayerFiles.GBK.newEncoder();
    for (LayerColumn<T> column : columns) {
      assertTrue(column.source().getBytes(LayerFiles.GBK).length <= 10, column.source());
      column.field(rows, LayerFiles.GBK);
      for (T row : rows) {
        Object value = column.shp().apply(row);
        if (value instanceof String text) {
          assertTrue(encoder.canEncode(text), column.source() + ": " + text);
        }
      }
    }
  }

  private static <T> List<String> pairs(List<LayerColumn<T>> columns) {
    return columns.stream().map(c -> c.source() + "=" + c.portal()).toList();
  }

  private static List<String> mapping(String layer) throws IOException {
    String resource = "/mappings/" + layer + ".properties";
    List<String> pairs = new ArrayList<>();
    try (InputStream in = LayerColumnsTest.class.getResourceAsStream(resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      for (String line : text.toString().split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          String[] kv = trimmed.split("=", 2);
          if (pairs.stream().noneMatch(p -> p.endsWith("=" + kv[1].strip()))) {
            pairs.add(kv[0].strip() + "=" + kv[1].strip()); // a field's first name; later ones are aliases
          }
        }
      }
    }
    return pairs;
  }
}
