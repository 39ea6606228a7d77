package parcelatlas.web;

/** A request the API refuses, with the HTTP status and an OGC-style exception code. */
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

  /** Runs a parser; what it refuses (IllegalArgumentException) becomes a 400 that says why. */
  public static <T> T orBadRequest(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
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
