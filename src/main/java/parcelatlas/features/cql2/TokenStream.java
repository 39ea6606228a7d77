package parcelatlas.features.cql2;

import java.util.List;
import parcelatlas.features.cql2.Token.Kind;

/** The parser's cursor over the tokens, with the look-ahead and expectations it needs. */
final class TokenStream {
  private final List<Token> tokens;
  private int index;

  TokenStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token peek() {
    return tokens.get(index);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(index);
    if (t.kind() != Kind.END) {
      index++;
    }
    return t;
  }

  /** Consumes the keyword when it comes next. */
  boolean accept(String keyword) {
    if (peek().is(keyword)) {
      index++;
      return true;
    }
    return false;
  }

  /** Consumes a token of this kind when it comes next. */
  boolean accept(Kind kind) {
    if (peek().kind() == kind) {
      index++;
      return true;
    }
    return false;
  }

  Token expect(Kind kind, String what) {
    if (peek().kind() != kind) {
      throw unexpected(what);
    }
    return next();
  }

  void expect(String keyword) {
    if (!accept(keyword)) {
      throw unexpected(keyword);
    }
  }

  /** "expected {what} at character n, found {token}". */
  Cql2Exception unexpected(String what) {
    Token t = peek();
    return Cql2Exception.at(t.position(), "expected " + what + ", found " + t.describe());
  }
}
