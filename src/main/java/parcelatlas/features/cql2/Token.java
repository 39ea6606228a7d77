package parcelatlas.features.cql2;

import java.util.Locale;

/**
 * A lexical token of CQL2 text.
 *
 * @param text the token's text: a string's or quoted name's value with its quotes removed
 * @param position where the token starts, counting characters from 1
 */
record Token(Kind kind, String text, int position) {

  enum Kind {
    /** A bare word: a keyword or a property name. */
    WORD,
    /** A "double-quoted" property name. */
    QUOTED_NAME,
    /** A 'single-quoted' character literal. */
    STRING,
    NUMBER,
    /** One of {@code = <> < > <= >=}. */
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA,
    END
  }

  /** True for a bare word equal to {@code keyword}, ignoring case. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(keyword);
  }

  /** How the token reads in an error message. */
  String describe() {
    return switch (kind) {
      case END -> "the end of the filter";
      case STRING -> "'" + text + "'";
      case QUOTED_NAME -> "\"" + text + "\"";
      default -> "'" + text + "'";
    };
  }
}
