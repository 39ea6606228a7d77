package parcelatlas.geo;

import parcelatlas.domain.BadInput;

import java.util.ArrayList;
import java.util.List;

/**
 * A small recursive-descent parser for WKT1 (and the bracket syntax WKT2 shares): keywords,
 * square brackets or parentheses, comma-separated arguments, double-quoted strings (a doubled
 * quote is an escaped quote), numbers and bare words.
 *
 * <p>Contract: {@link #parse} returns the single root element and ignores trailing whitespace;
 * anything else (unbalanced or mismatched brackets, stray characters, empty input) raises
 * {@link BadInput} with the offset of the problem.
 */
final class WktParser {
  private final String text;
  private int pos;

  private WktParser(String text) {
    this.text = text;
  }

  static WktNode parse(String text) {
    WktParser p = new WktParser(text);
    p.skipSpace();
    WktNode root = p.element();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the root element");
    }
    return root;
  }

  private WktNode element() {
    String keyword = word();
    if (keyword.isEmpty()) {
      throw error("expected a keyword");
    }
    skipSpace();
    if (pos >= text.length() || (text.charAt(pos) != '[' && text.charAt(pos) != '(')) {
      throw error("expected [ or ( after " + keyword);
    }
    char close = text.charAt(pos) == '[' ? ']' : ')';
    pos++;
    List<Object> args = new ArrayList<>();
    skipSpace();
    if (peek() == close) {
      pos++;
      return new WktNode(keyword, args);
    }
    while (true) {
      skipSpace();
      args.add(argument());
      skipSpace();
      char c = peek();
      pos++;
      if (c == close) {
        return new WktNode(keyword, args);
      }
      if (c != ',') {
        pos--;
        throw error("expected , or " + close);
      }
    }
  }

  private Object argument() {
    char c = peek();
    if (c == '"') {
      return quoted();
    }
    if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
      return number();
    }
    int start = pos;
    String w = word();
    if (w.isEmpty()) {
      throw error("unexpected character '" + c + "'");
    }
    skipSpace();
    char next = peek();
    if (next == '[' || next == '(') {
      pos = start;
      return element();
    }
    return new WktNode.Word(w);
  }

  private String quoted() {
    StringBuilder b = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        if (peek() == '"') {
          b.append('"');
          pos++;
        } else {
          return b.toString();
        }
      } else {
        b.append(c);
      }
    }
    throw error("unterminated string");
  }

  private Double number() {
    int start = pos;
    while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return Double.valueOf(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("bad number");
    }
  }

  private String word() {
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private BadInput error(String what) {
    return new BadInput("WKT syntax error at offset " + pos + ": " + what);
  }
}
