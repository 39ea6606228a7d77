package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes bytes with one charset, refusing malformed or unmappable input rather than inventing
 * replacement characters ({@link CharacterCodingException} instead). Pure-ASCII input skips
 * the decoder when the charset is ASCII-based.
 * One instance per reading thread.
 */
final class StrictText {
  private static final byte[] ASCII_PROBE = "Az09 _-.".getBytes(StandardCharsets.US_ASCII);
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final boolean asciiBased;

  StrictText(Charset charset) {
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.asciiBased = charset.canEncode()
        && Arrays.equals(ASCII_PROBE, new String(ASCII_PROBE, StandardCharsets.US_ASCII).getBytes(charset));
  }

  Charset charset() {
    return charset;
  }

  String decode(ByteBuffer bytes) throws CharacterCodingException {
    if (asciiBased && isAscii(bytes)) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.duplicate().get(copy);
      return new String(copy, StandardCharsets.ISO_8859_1);
    }
    decoder.reset();
    CharBuffer chars = decoder.decode(bytes.duplicate());
    return chars.toString();
  }

  /**
   * Like {@link #decode}, but when the bytes do not decode, retries without the last one to
   * three bytes: writers that cut text at a byte limit may split the last character.
   */
  String decodeCutEnd(ByteBuffer bytes) throws CharacterCodingException {
    CharacterCodingException first = null;
    for (int cut = 0; cut <= Math.min(3, bytes.remaining()); cut++) {
      try {
        return decode(bytes.slice(bytes.position(), bytes.remaining() - cut));
      } catch (CharacterCodingException e) {
        first = first == null ? e : first;
      }
    }
    throw first;
  }

  private static boolean isAscii(ByteBuffer bytes) {
    for (int i = bytes.position(); i < bytes.limit(); i++) {
      if (bytes.get(i) < 0) {
        return false;
      }
    }
    return true;
  }
}
