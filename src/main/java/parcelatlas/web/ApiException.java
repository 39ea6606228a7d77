package parcelatlas.web;

import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;

/**
 * A request the API refuses, with the HTTP status, a stable code ({@link ErrorCode}), its
 * parameters and the English message: what a handler throws for a refusal of its own;
 * {@link ApiErrors} writes the response.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final transient Map<String, Object> params;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.params = Map.of();
  }

  /** A refusal with its code and parameters (name, value, name, value…). */
  public ApiException(int status, ErrorCode code, String message, Object... params) {
    super(message);
    this.status = status;
    this.code = code.code();
    this.params = Problem.params(params);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, ErrorCode.INVALID_PARAMETER_VALUE, message);
  }

  /** 400 with a precise code. */
  public static ApiException badRequest(ErrorCode code, String message, Object... params) {
    return new ApiException(400, code, message, params);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, ErrorCode.NOT_FOUND, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> params() {
    return params;
  }
}
