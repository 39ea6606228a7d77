package parcelatlas.catalog;

/** Who may read a field. */
public enum Audience {
  /** Anyone, investors included. */
  PUBLIC,
  /** Signed-in staff. */
  STAFF,
  /** Stored for staff tools only; never served by the feature API. */
  INTERNAL
}
