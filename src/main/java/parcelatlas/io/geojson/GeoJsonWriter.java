package parcelatlas.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams an RFC 7946 FeatureCollection: WGS84 lon/lat, exterior rings counter-clockwise.
 * Features are written as they come; {@link #close()} ends the collection and closes the
 * underlying writer. Coordinates carry at most 8 decimals; holes are clockwise. Properties are
 * serialised by Jackson, with java.time dates as ISO strings (2024-03-01); a null map writes
 * {@code {}}. Write errors are {@link UncheckedIOException}s. Not thread-safe.
 */
public final class GeoJsonWriter implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private final JsonGenerator out;
  private boolean closed;

  public GeoJsonWriter(Writer out) {
    try {
      this.out = MAPPER.getFactory().createGenerator(out);
      this.out.writeStartObject();
      this.out.writeStringField("type", "FeatureCollection");
      this.out.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the GeoJSON output", e);
    }
  }

  /** @param id the feature id (String or Number), or null */
  public void write(Object id, Geometry lonLat, Map<String, Object> properties) {
    if (closed) {
      throw new IllegalStateException("the GeoJSON writer is closed");
    }
    if (id != null && !(id instanceof String) && !(id instanceof Number)) {
      throw new IllegalArgumentException("a feature id must be a String or a Number, got "
          + id.getClass().getSimpleName());
    }
    try {
      out.writeStartObject();
      out.writeStringField("type", "Feature");
      if (id != null) {
        out.writeFieldName("id");
        writeId(id);
      }
      out.writeFieldName("geometry");
      GeoJsonGeometryWriter.write(out, lonLat);
      out.writeObjectFieldStart("properties");
      if (properties != null) {
        for (Map.Entry<String, Object> property : properties.entrySet()) {
          out.writeFieldName(property.getKey());
          out.writeObject(property.getValue());
        }
      }
      out.writeEndObject();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a GeoJSON feature", e);
    }
  }

  private void writeId(Object id) throws IOException {
    if (id instanceof String) {
      out.writeString((String) id);
    } else if (id instanceof BigDecimal) {
      out.writeNumber((BigDecimal) id);
    } else if (id instanceof BigInteger) {
      out.writeNumber((BigInteger) id);
    } else if (id instanceof Double || id instanceof Float) {
      out.writeNumber(((Number) id).doubleValue());
    } else {
      out.writeNumber(((Number) id).longValue());
    }
  }

  /** Ends the FeatureCollection and closes the underlying writer; later calls do nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (JsonGenerator generator = out) {
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the GeoJSON output", e);
    }
  }
}
