package parcelatlas.web;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A response header whose name and value never change (the security headers, {@code Vary: Accept}),
 * made once per process as Jetty's pre-encoded field: setting it skips the per-request field and its
 * header-name lookup, and writing the response copies its bytes instead of encoding the text character
 * by character (the 230-character Content-Security-Policy on every response). It replaces a header of
 * the same name, as {@code ctx.header(name, value)} does; on a response that is not Jetty's (none in
 * this server) it is set through that.
 */
final class FixedHeader {
  private final String name;
  private final String value;
  private final PreEncodedHttpField field;

  FixedHeader(String name, String value) {
    this.name = name;
    this.value = value;
    this.field = new PreEncodedHttpField(name, value);
  }

  void set(Context ctx) {
    if (ctx.res() instanceof ServletApiResponse response) {
      response.getResponse().getHeaders().put(field); // what setHeader does, with the field made once
    } else {
      ctx.header(name, value);
    }
  }
}
