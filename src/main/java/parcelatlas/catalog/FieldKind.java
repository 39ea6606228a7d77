package parcelatlas.catalog;

/** How a field's value is stored and parsed. */
public enum FieldKind {
  TEXT,
  INTEGER,
  NUMBER,
  DATE,
  BOOLEAN,
  /** One of a {@link parcelatlas.domain.Labelled} enum, stored as its code. */
  CODE,
  /** Comma-separated codes of other features: stored as links, not as a column. */
  CODE_LIST
}
