package parcelatlas.desk;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import parcelatlas.domain.PlainText;

/**
 * The rule for every text written through the desk: stripped, of bounded length, and plain text by
 * {@link PlainText} (notes, reasons, issue descriptions and resolutions may span lines; a
 * responsible party's name may not). A refusal is a {@link BadInput} naming the field.
 */
final class DeskText {
  private DeskText() {}

  /** Null for an absent or blank text; else the stripped text, checked. */
  static String optional(String field, String value, int max, boolean multiLine) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checked(field, value.strip(), max, multiLine);
  }

  /** The stripped text of 1 to {@code max} characters, checked. */
  static String required(String field, String value, int max, boolean multiLine) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new BadInput(ErrorCode.TEXT_LENGTH, field + " must be text of 1 to " + max + " characters",
          "field", field, "min", 1, "max", max);
    }
    return checked(field, value.strip(), max, multiLine);
  }

  private static String checked(String field, String text, int max, boolean multiLine) {
    if (text.length() > max) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, field + " must be text of at most " + max + " characters",
          "field", field, "max", max);
    }
    return PlainText.require(field, text, multiLine);
  }
}
