package parcelatlas.web;

import java.util.Map;

/**
 * How {@link ApiErrors} answers one refused request: the HTTP status, a stable code (an
 * {@link parcelatlas.domain.ErrorCode}, the key a page translates the message by), the English
 * message, the code's parameters, and members the body carries besides {@code code},
 * {@code description} and {@code params} (an import's {@code problems}, a conflicting report's
 * {@code latest}, several problems' {@code details}).
 */
record Refusal(int status, String code, String description, Map<String, Object> params, Map<String, Object> extra) {
  Refusal(int status, String code, String description) {
    this(status, code, description, Map.of(), Map.of());
  }

  /** A refusal with members besides code, description and params (as before params existed). */
  Refusal(int status, String code, String description, Map<String, Object> extra) {
    this(status, code, description, Map.of(), extra);
  }

  /** A refusal with its code's parameters. */
  static Refusal withParams(int status, String code, String description, Map<String, Object> params) {
    return new Refusal(status, code, description, params, Map.of());
  }
}
