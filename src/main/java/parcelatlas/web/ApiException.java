package parcelatlas.web;

/**
 * A request the API refuses, with the HTTP status and an OGC-style exception code: what a handler
 * throws for a refusal of its own; {@link ApiErrors} writes the response.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "InvalidParameterValue", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "NotFound", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
