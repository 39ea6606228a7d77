package parcelatlas.features;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import parcelatlas.domain.BadInput;

/**
 * Where a page of features ends: the sort key values and the id of its last feature (the page
 * after it starts strictly behind them), and how many features came before the next page. Sent
 * to clients as an opaque {@code cursor}: base64url of a small JSON object and a CRC-32 of it, so
 * a truncated or altered cursor is refused instead of silently starting elsewhere. A cursor is
 * not a credential: its values are bound as SQL parameters and the request's filters (and the
 * public-rows condition) still apply, so a forged one can only start a page at another place.
 *
 * @param keys the raw values of the sort keys, in order: String, Long, Double, Boolean, LocalDate or null
 * @param id the last feature's id, which breaks ties
 * @param position how many features precede the page this cursor starts
 */
public record FeatureCursor(List<Object> keys, long id, long position) {
  /** Longest cursor accepted, in characters. */
  public static final int MAX_CHARS = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();

  public FeatureCursor {
    keys = java.util.Collections.unmodifiableList(new ArrayList<>(keys));
  }

  /**
   * The cursor text for a page sorted by {@code sortBy}: written by a streaming generator (the
   * same bytes a tree of the values would give, without building one per page).
   */
  public String encode(List<SortKey> sortBy) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(128);
    try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("s", signature(sortBy));
      g.writeArrayFieldStart("k");
      for (Object key : keys) {
        if (key == null) {
          g.writeNull();
        } else if (key instanceof Long l) {
          g.writeNumber(l);
        } else if (key instanceof Double d) {
          g.writeNumber(d);
        } else if (key instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString(key.toString());
        }
      }
      g.writeEndArray();
      g.writeNumberField("i", id);
      g.writeNumberField("n", position);
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] json = out.toByteArray();
    ByteBuffer bytes = ByteBuffer.allocate(json.length + 4).put(json).putInt(checksum(json));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** Reads a cursor made by {@link #encode} for the same sort order; BadInput says what is wrong. */
  public static FeatureCursor decode(String text, List<SortKey> sortBy) {
    if (text.length() > MAX_CHARS) {
      throw new BadInput(ErrorCode.CURSOR_INVALID, "cursor is longer than " + MAX_CHARS + " characters; follow the next link as given");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw damaged("it is not base64url");
    }
    if (bytes.length < 5) {
      throw damaged("it is too short");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte[] json = new byte[bytes.length - 4];
    buffer.get(json);
    if (buffer.getInt() != checksum(json)) {
      throw damaged("its checksum does not match");
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw damaged("it is not JSON");
    }
    if (node == null || !node.path("s").isTextual() || !node.path("k").isArray()
        || !node.path("i").canConvertToLong() || !node.path("n").canConvertToLong() || node.path("n").asLong() < 0) {
      throw damaged("a part is missing");
    }
    String madeFor = node.get("s").asText();
    if (!madeFor.equals(signature(sortBy))) {
      throw new BadInput(ErrorCode.CURSOR_INVALID, "cursor was made for " + (madeFor.isEmpty() ? "the default order (no sortby)"
          : "sortby=" + madeFor) + ", not for this request's sort order; start again without cursor");
    }
    JsonNode values = node.get("k");
    if (values.size() != sortBy.size()) {
      throw damaged("it has " + values.size() + " sort values for " + sortBy.size() + " sort keys");
    }
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < sortBy.size(); i++) {
      keys.add(value(values.get(i), sortBy.get(i).property()));
    }
    return new FeatureCursor(keys, node.get("i").asLong(), node.get("n").asLong());
  }

  private static Object value(JsonNode v, Property p) {
    if (v.isNull()) {
      return null;
    }
    boolean ok = switch (p.kind()) {
      case INTEGER -> v.isIntegralNumber() && v.canConvertToLong();
      case NUMBER -> v.isNumber() && Double.isFinite(v.asDouble());
      case BOOLEAN -> v.isBoolean();
      default -> v.isTextual();
    };
    if (!ok) {
      throw damaged("its value for " + p.name() + " is not a " + p.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    return switch (p.kind()) {
      case INTEGER -> v.asLong();
      case NUMBER -> v.asDouble();
      case BOOLEAN -> v.asBoolean();
      case DATE -> {
        try {
          yield LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
          throw damaged("its value for " + p.name() + " is not a date");
        }
      }
      default -> v.asText();
    };
  }

  /** The sort order as sortby text ({@code -area_m2,code}; empty for id order). */
  static String signature(List<SortKey> sortBy) {
    return sortBy.stream().map(k -> (k.descending() ? "-" : "") + k.property().name()).collect(Collectors.joining(","));
  }

  private static int checksum(byte[] json) {
    CRC32 crc = new CRC32();
    crc.update(json);
    return (int) crc.getValue();
  }

  private static BadInput damaged(String why) {
    return new BadInput(ErrorCode.CURSOR_INVALID, "cursor is not one this server made (" + why
        + "); follow the next link as given or start again without cursor");
  }
}
