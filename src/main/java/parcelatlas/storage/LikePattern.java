package parcelatlas.storage;

/**
 * The one rule for putting a visitor's text into a SQL {@code LIKE} pattern so that it matches
 * literally: {@code %}, {@code _} and the escape character {@code !} in the text are each preceded
 * by {@code !}, and the condition says {@code ESCAPE '!'} ({@link #LIKE}). {@code !} rather than a
 * backslash: it means the same in SQL and Java source, and neither database treats it specially in
 * a string. The pattern is always a bound parameter; only the wildcards added here are live.
 */
public final class LikePattern {
  /** The condition's operator, its placeholder and escape clause: {@code column + LikePattern.LIKE}. */
  public static final String LIKE = " LIKE ? ESCAPE '!'";

  private LikePattern() {}

  /** {@code text} with every {@code !}, {@code %} and {@code _} escaped: matches exactly that text. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '!' || ch == '%' || ch == '_') {
        out.append('!');
      }
      out.append(ch);
    }
    return out.toString();
  }

  /** Values that contain {@code text} anywhere. */
  public static String containing(String text) {
    return "%" + literal(text) + "%";
  }

  /** Values that begin with {@code text}. */
  public static String startingWith(String text) {
    return literal(text) + "%";
  }
}
