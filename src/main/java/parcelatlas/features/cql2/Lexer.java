package parcelatlas.features.cql2;

import java.util.ArrayList;
import java.util.List;
import parcelatlas.features.cql2.Token.Kind;

/**
 * Splits CQL2 text into tokens. Strings are 'single-quoted' with {@code ''} for a quote; names may
 * be "double-quoted" with {@code ""} for a quote; a sign directly before a digit belongs to the
 * number. Anything else is refused with its position.
 */
final class Lexer {
  private final String text;
  private int at;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Token> tokens(String text) {
    return new Lexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at >= text.length()) {
        tokens.add(new Token(Kind.END, "", at + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = at;
    char c = text.charAt(at);
    if (c == '\'') {
      return new Token(Kind.STRING, quoted('\'', "string"), start + 1);
    }
    if (c == '"') {
      return new Token(Kind.QUOTED_NAME, quoted('"', "quoted name"), start + 1);
    }
    if (Character.isDigit(c) || (c == '.' || c == '-' || c == '+') && startsNumber(at)) {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      while (at < text.length() && isWordPart(text.charAt(at))) {
        at++;
      }
      return new Token(Kind.WORD, text.substring(start, at), start + 1);
    }
    at++;
    return switch (c) {
      case '(' -> new Token(Kind.OPEN, "(", start + 1);
      case ')' -> new Token(Kind.CLOSE, ")", start + 1);
      case ',' -> new Token(Kind.COMMA, ",", start + 1);
      case '=' -> new Token(Kind.OPERATOR, "=", start + 1);
      case '<', '>' -> operator(c, start);
      default -> throw Cql2Exception.at(start + 1, "unexpected character '" + c + "'"
          + (c == '!' ? " (write <> for 'not equal')" : ""));
    };
  }

  private Token operator(char first, int start) {
    if (at < text.length() && (text.charAt(at) == '=' || first == '<' && text.charAt(at) == '>')) {
      at++;
    }
    return new Token(Kind.OPERATOR, text.substring(start, at), start + 1);
  }

  private boolean startsNumber(int i) {
    int j = text.charAt(i) == '-' || text.charAt(i) == '+' ? i + 1 : i;
    if (j < text.length() && text.charAt(j) == '.') {
      j++;
    }
    return j < text.length() && Character.isDigit(text.charAt(j));
  }

  private Token number() {
    int start = at;
    if (text.charAt(at) == '-' || text.charAt(at) == '+') {
      at++;
    }
    digits();
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      digits();
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
        at++;
      }
      if (at >= text.length() || !Character.isDigit(text.charAt(at))) {
        throw Cql2Exception.at(start + 1, "the number '" + text.substring(start, at) + "' has no exponent digits");
      }
      digits();
    }
    if (at < text.length() && isWordPart(text.charAt(at))) {
      throw Cql2Exception.at(start + 1, "'" + text.substring(start, at + 1) + "…' is neither a number nor a name");
    }
    return new Token(Kind.NUMBER, text.substring(start, at), start + 1);
  }

  private void digits() {
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
  }

  private String quoted(char quote, String what) {
    int start = at;
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c != quote) {
        value.append(c);
      } else if (at < text.length() && text.charAt(at) == quote) {
        value.append(quote);
        at++;
      } else {
        return value.toString();
      }
    }
    throw Cql2Exception.at(start + 1, "unterminated " + what);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':';
  }
}
