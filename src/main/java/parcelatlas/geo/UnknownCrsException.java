package parcelatlas.geo;

/** A CRS the portal cannot identify or transform; the message says what was seen. */
public class UnknownCrsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownCrsException(String message) {
    super(message);
  }
}
