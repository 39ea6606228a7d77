package parcelatlas.storage;

import parcelatlas.catalog.FieldKind;

/** How a column's value travels to the database. */
public enum ColumnType {
  TEXT,
  INTEGER,
  NUMBER,
  DATE,
  BOOLEAN,
  /** A JTS geometry with its SRID set. */
  GEOMETRY;

  static ColumnType of(FieldKind kind) {
    return switch (kind) {
      case INTEGER -> INTEGER;
      case NUMBER -> NUMBER;
      case DATE -> DATE;
      case BOOLEAN -> BOOLEAN;
      default -> TEXT;
    };
  }
}
