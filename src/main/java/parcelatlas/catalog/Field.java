package parcelatlas.catalog;

import parcelatlas.domain.Labelled;

/**
 * A portal field: its name is also its column name.
 *
 * @param codes the enum a {@link FieldKind#CODE} field takes its values from, else null
 */
public record Field(
    String name, FieldKind kind, boolean required, Audience audience, Class<? extends Labelled> codes) {

  static Field text(String name) {
    return new Field(name, FieldKind.TEXT, false, Audience.PUBLIC, null);
  }

  static Field number(String name) {
    return new Field(name, FieldKind.NUMBER, false, Audience.PUBLIC, null);
  }

  static Field integer(String name) {
    return new Field(name, FieldKind.INTEGER, false, Audience.PUBLIC, null);
  }

  static Field date(String name) {
    return new Field(name, FieldKind.DATE, false, Audience.PUBLIC, null);
  }

  static Field bool(String name) {
    return new Field(name, FieldKind.BOOLEAN, false, Audience.PUBLIC, null);
  }

  static Field code(String name, Class<? extends Labelled> codes) {
    return new Field(name, FieldKind.CODE, false, Audience.PUBLIC, codes);
  }

  static Field links(String name) {
    return new Field(name, FieldKind.CODE_LIST, false, Audience.STAFF, null);
  }

  Field asRequired() {
    return new Field(name, kind, true, audience, codes);
  }

  Field asStaff() {
    return new Field(name, kind, required, Audience.STAFF, codes);
  }

  Field asInternal() {
    return new Field(name, kind, required, Audience.INTERNAL, codes);
  }

  public boolean isColumn() {
    return kind != FieldKind.CODE_LIST;
  }
}
