package parcelatlas.leads;

import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.Problem;

/**
 * A lead request refused for a reason other than malformed input (which is a
 * {@link parcelatlas.domain.BadInput}): not the caller's to see or change (403), no such lead
 * (404), or a move the lifecycle forbids or another user overtook (409). The web layer answers
 * with {@link #status()}, {@link #code()} and {@link #params()}.
 */
public final class LeadRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final ErrorCode code;
  private final transient Map<String, Object> params;

  /** {@code params}: name, value, name, value… */
  public LeadRefused(int status, ErrorCode code, String message, Object... params) {
    super(message);
    this.status = status;
    this.code = code;
    this.params = Problem.params(params);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code.code();
  }

  public Map<String, Object> params() {
    return params;
  }
}
