package parcelatlas.photos;

import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;

/**
 * A photo request refused as it is: the HTTP status it deserves (400 bad image, 403 another
 * township's, 404 unknown, 409 already withdrawn, 413 too large, 429 too many), a stable code and its
 * parameters. The web layer turns it into its one error response.
 */
public final class PhotoRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Problem problem;

  public PhotoRefused(int status, ErrorCode code, String message, Object... params) {
    super(message);
    this.status = status;
    this.problem = Problem.of(code, message, params);
  }

  public int status() {
    return status;
  }

  public ErrorCode code() {
    return problem.code();
  }

  public Map<String, Object> params() {
    return problem.params();
  }
}
