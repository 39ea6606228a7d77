package parcelatlas.domain;

import java.util.Optional;

/**
 * The one rule for text that people type or files carry: it may hold any printable character of
 * any script, spaces, and (in multi-line texts) tabs and line breaks, but no control characters
 * (NUL, C0 and C1 controls, DEL), no bidirectional overrides or isolates that can make a name read
 * differently from what it is (U+202A–U+202E, U+2066–U+2069), no byte-order mark or other
 * zero-width format characters used to hide text (U+200B, U+2060, U+FEFF) and no unpaired
 * surrogates. Such characters have no business in a name, a note or a report, and they are how
 * text is made to deceive the person who reads it.
 */
public final class PlainText {
  private PlainText() {}

  /** The first forbidden character of {@code value}, described as {@code U+XXXX at position N}, if any. */
  public static Optional<String> problem(String value, boolean multiLine) {
    return position(value, multiLine).map(i -> describe(value, i));
  }

  /** The index of the first forbidden character of {@code value}, if any. */
  public static Optional<Integer> position(String value, boolean multiLine) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      boolean lineBreak = ch == '\n' || ch == '\r' || ch == '\t';
      boolean bad = (lineBreak && !multiLine) || (!lineBreak && forbidden(value, i));
      if (bad) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static String describe(String value, int i) {
    return String.format("U+%04X at position %d", (int) value.charAt(i), i + 1);
  }

  /**
   * Returns {@code value} when it is plain text; else throws a {@link BadInput} naming
   * {@code field} and the character.
   */
  public static String require(String field, String value, boolean multiLine) {
    position(value, multiLine).ifPresent(i -> {
      throw new BadInput(ErrorCode.CONTROL_CHARACTER, field + " contains a control or invisible formatting"
          + " character (" + describe(value, i) + "); remove it",
          "field", field, "character", String.format("U+%04X", (int) value.charAt(i)), "position", i + 1);
    });
    return value;
  }

  private static boolean forbidden(String s, int i) {
    char ch = s.charAt(i);
    if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)) {
      return true;
    }
    if ((ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)
        || ch == 0x200B || ch == 0x2060 || ch == 0xFEFF) {
      return true;
    }
    if (Character.isHighSurrogate(ch)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }
}
