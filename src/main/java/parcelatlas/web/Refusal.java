package parcelatlas.web;

import java.util.Map;

/**
 * How {@link ApiErrors} answers one refused request: the HTTP status, a stable code (the OGC API
 * exception code, also the key a translation of the message will be looked up by), the message,
 * and members the body carries besides {@code code} and {@code description} (an import's
 * {@code problems}, a conflicting report's {@code latest}).
 */
record Refusal(int status, String code, String description, Map<String, Object> extra) {
  Refusal(int status, String code, String description) {
    this(status, code, description, Map.of());
  }
}
