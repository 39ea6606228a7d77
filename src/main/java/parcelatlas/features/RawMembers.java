package parcelatlas.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Members of a JSON object collected as bytes ({@code ,"name":value}) and handed to the generator
 * in one raw write ({@link #flush}), for {@link FeatureJsonRows}: a feature's properties cost the
 * generator two calls each (a name, a value, each checking its context and writing a separator),
 * most of the rows writer's time besides the values. Only values whose text is certain go here:
 * {@code null}, {@code true}, {@code false}, ASCII text already in JSON form (numbers, days), and
 * strings whose UTF-8 bytes need no escape ({@link #plain}: what Jackson then copies as they are);
 * everything else is written by the generator as before, after a flush. A member written here
 * must follow one the generator wrote in the same object (the comma is in its bytes, and the
 * generator's count of members stays right for the next one it writes). Not thread-safe.
 */
final class RawMembers implements SerializableString {
  static final byte[] NULL = bytes("null");
  static final byte[] TRUE = bytes("true");
  static final byte[] FALSE = bytes("false");
  private byte[] buf = new byte[4096];
  private int length;

  /** {@code ,"name":} for each name, to start a member with. */
  static byte[][] starts(SerializableString[] names) {
    byte[][] starts = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      byte[] quoted = names[i].asQuotedUTF8(); // escaped as the generator escapes a name
      starts[i] = new byte[quoted.length + 4];
      starts[i][0] = ',';
      starts[i][1] = '"';
      System.arraycopy(quoted, 0, starts[i], 2, quoted.length);
      starts[i][quoted.length + 2] = '"';
      starts[i][quoted.length + 3] = ':';
    }
    return starts;
  }

  /** True when a UTF-8 text needs no escape in JSON: no control character, quote or backslash. */
  static boolean plain(byte[] utf8) {
    for (byte b : utf8) {
      if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
        return false;
      }
    }
    return true;
  }

  /** Appends bytes (a member's start, a literal). */
  RawMembers add(byte[] bytes) {
    room(bytes.length);
    System.arraycopy(bytes, 0, buf, length, bytes.length);
    length += bytes.length;
    return this;
  }

  /** Appends a string whose UTF-8 bytes are {@link #plain}, quoted. */
  RawMembers quoted(byte[] utf8) {
    room(utf8.length + 2);
    buf[length++] = '"';
    System.arraycopy(utf8, 0, buf, length, utf8.length);
    length += utf8.length;
    buf[length++] = '"';
    return this;
  }

  /** Appends ASCII characters as they are (a number's or a day's text), quoted or not. */
  RawMembers ascii(char[] text, int count, boolean quote) {
    room(count + 2);
    if (quote) {
      buf[length++] = '"';
    }
    for (int i = 0; i < count; i++) {
      buf[length++] = (byte) text[i];
    }
    if (quote) {
      buf[length++] = '"';
    }
    return this;
  }

  /** Writes what was collected through the generator, raw, and starts again. */
  void flush(JsonGenerator g) throws IOException {
    if (length > 0) {
      g.writeRaw(this);
      length = 0;
    }
  }

  private void room(int more) {
    if (length + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // what the generator's raw write asks of this value

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (offset + length > buffer.length) {
      return -1;
    }
    System.arraycopy(buf, 0, buffer, offset, length);
    return length;
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOf(buf, length);
  }

  @Override
  public String getValue() {
    return new String(buf, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public int charLength() {
    return getValue().length();
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(buf, 0, length);
    return length;
  }

  @Override
  public char[] asQuotedChars() {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public byte[] asQuotedUTF8() {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return -1;
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    throw new UnsupportedOperationException("raw members are never quoted");
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (buffer.remaining() < length) {
      return -1;
    }
    buffer.put(buf, 0, length);
    return length;
  }
}
