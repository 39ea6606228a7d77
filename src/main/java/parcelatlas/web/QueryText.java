package parcelatlas.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.PlainText;

/**
 * Before every request: each query parameter's name and values are plain text ({@link PlainText},
 * line breaks allowed in values), else 400 naming the parameter. A NUL in a value that reaches a
 * statement is refused by PostgreSQL as an encoding error (a 500 before this check), and control
 * and bidirectional characters have no business in a parameter anyway. Path parameters with a
 * NUL are refused by Jetty ({@link JettyErrors}); bodies are checked member by member by their parsers.
 */
final class QueryText {
  private QueryText() {}

  static void check(Context ctx) {
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      PlainText.require("a query parameter name", param.getKey(), false);
      for (String value : param.getValue()) {
        PlainText.require(param.getKey(), value, true);
      }
    }
  }
}
