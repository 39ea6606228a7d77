package parcelatlas.demo;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;
import parcelatlas.io.shapefile.DbfField;

/**
 * One attribute of a layer as both files carry it: the Chinese DBF field of the shapefile and the
 * English portal field of the GeoJSON (the two sides of the importer's default mapping), with the
 * value each file gets. Text widths are fitted to the longest value in the file's charset.
 *
 * @param type DBF type: 'C', 'N', 'L' or 'D'
 * @param length DBF width for 'N' (ignored for the other types)
 * @param shp the shapefile value: String, Number, Boolean, LocalDate or null
 * @param json the GeoJSON value: String, Number, Boolean or null (dates as ISO text)
 */
record LayerColumn<T>(String source, String portal, char type, int length, int decimals,
    Function<T, Object> shp, Function<T, Object> json) {

  static <T> LayerColumn<T> text(String source, String portal, Function<T, Object> value) {
    return new LayerColumn<>(source, portal, 'C', 0, 0, value, value);
  }

  /** Text that is a Chinese label in the shapefile and a portal code in the GeoJSON. */
  static <T> LayerColumn<T> label(String source, String portal, Function<T, Object> zh,
      Function<T, Object> code) {
    return new LayerColumn<>(source, portal, 'C', 0, 0, zh, code);
  }

  static <T> LayerColumn<T> number(String source, String portal, int length, int decimals,
      Function<T, Object> value) {
    return new LayerColumn<>(source, portal, 'N', length, decimals, value, value);
  }

  static <T> LayerColumn<T> flag(String source, String portal, Function<T, Object> value) {
    return new LayerColumn<>(source, portal, 'L', 1, 0, value, value);
  }

  static <T> LayerColumn<T> date(String source, String portal,
      Function<T, java.time.LocalDate> value) {
    return new LayerColumn<>(source, portal, 'D', 8, 0, value::apply, t -> {
      java.time.LocalDate d = value.apply(t);
      return d == null ? null : d.toString();
    });
  }

  /** The DBF field, text fitted to the widest of {@code rows} in {@code charset} (1..254 bytes). */
  DbfField field(List<T> rows, Charset charset) {
    if (type != 'C') {
      return new DbfField(source, type, type == 'D' ? 8 : type == 'L' ? 1 : length, decimals);
    }
    int widest = 1;
    for (T row : rows) {
      Object value = shp.apply(row);
      if (value != null) {
        widest = Math.max(widest, value.toString().getBytes(charset).length);
      }
    }
    if (widest > 254) {
      throw new IllegalStateException(
          source + " needs " + widest + " bytes, more than a DBF holds");
    }
    return new DbfField(source, 'C', widest, 0);
  }
}
