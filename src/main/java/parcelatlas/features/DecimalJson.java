package parcelatlas.features;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes doubles as {@link JsonGenerator#writeNumber(double)} does with the fast double writer, a short
 * decimal ({@link ShortDecimals}: up to four places) without a String. Not thread-safe: one per writer.
 */
final class DecimalJson {
  private final char[] decimal = new char[32];

  void write(JsonGenerator g, double v) throws IOException {
    int length = ShortDecimals.write(v, decimal);
    if (length < 0) {
      g.writeNumber(v);
    } else {
      g.writeRawValue(decimal, 0, length);
    }
  }

  /** As {@link #write}, null as null. */
  void write(JsonGenerator g, Double n) throws IOException {
    if (n == null) {
      g.writeNull();
    } else {
      write(g, n.doubleValue());
    }
  }
}
