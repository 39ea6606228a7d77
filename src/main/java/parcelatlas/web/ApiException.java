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

  /**
   * Runs a parser; what it refuses (IllegalArgumentException) becomes a 400 that says why.
   *
   * @deprecated parsers throw {@link parcelatlas.domain.BadInput}, which {@link ApiErrors} answers
   *     with 400; kept only for {@code OgcBBox} until its bbox parsing throws that too.
   */
  @Deprecated
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
