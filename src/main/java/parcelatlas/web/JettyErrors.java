package parcelatlas.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the routes (a URI too long, a path
 * with a NUL or an ambiguous segment, a malformed request line): the same JSON body as
 * {@link ApiErrors}, {@code {"code", "description"}}, instead of Jetty's HTML page. No request
 * reaches a handler here, so nothing but the status and Jetty's reason is said.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object message = request.getAttribute(ERROR_MESSAGE);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(json(response.getStatus(), message == null ? null : message.toString())),
        callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(json(status, reason));
  }

  private static byte[] json(int status, String message) {
    String reason = HttpStatus.getMessage(status);
    String code = parcelatlas.domain.ErrorCode.ofStatus(status).map(parcelatlas.domain.ErrorCode::code)
        .orElse(reason == null ? "BadRequest" : reason.replaceAll("[^A-Za-z]", ""));
    String description = message == null || message.isBlank() ? (reason == null ? "bad request" : reason) : message;
    return Json.write(ApiErrors.body(code, description)).getBytes(StandardCharsets.UTF_8);
  }
}
