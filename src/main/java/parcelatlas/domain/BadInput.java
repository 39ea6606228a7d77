package parcelatlas.domain;

/**
 * Input a caller sent that the portal refuses as it is: a parameter, a member of a request body,
 * an option. The message says what is wrong and names the field, so the caller can fix it. The
 * web layer answers it with 400 and {@link #code()} ({@code parcelatlas.web.ApiErrors}); the CLI
 * prints the message. Parsers throw this, never a bare {@link IllegalArgumentException}, which
 * stays a programming error (a logged 500). It extends {@code IllegalArgumentException} only so
 * that callers catching that (the CLI) keep working.
 */
public class BadInput extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The OGC API exception code of a refused parameter value: stable, for clients and translations. */
  public static final String CODE = "InvalidParameterValue";

  public BadInput(String message) {
    super(message);
  }

  public BadInput(String message, Throwable cause) {
    super(message, cause);
  }

  /** A stable, machine-readable code for this refusal (a translation key for the message, later). */
  public String code() {
    return CODE;
  }
}
