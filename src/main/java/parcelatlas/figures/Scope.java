package parcelatlas.figures;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

/**
 * Whose figures: the whole city, one township (镇街) or one park. Parsed from {@code city},
 * {@code township:NAME} or {@code park:CODE}.
 */
public record Scope(Kind kind, String name) {
  public enum Kind { CITY, TOWNSHIP, PARK }

  public static final Scope CITY = new Scope(Kind.CITY, null);

  public static Scope parse(String text) {
    if (text == null || text.isBlank() || text.equals("city")) {
      return CITY;
    }
    int colon = text.indexOf(':');
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (text.startsWith("township:") && !value.isEmpty()) {
      return new Scope(Kind.TOWNSHIP, value);
    }
    if (text.startsWith("park:") && !value.isEmpty()) {
      return new Scope(Kind.PARK, value);
    }
    throw new BadInput(ErrorCode.SCOPE_EXPECTED, "scope must be city, township:NAME or park:CODE");
  }

  @Override
  public String toString() {
    return kind == Kind.CITY ? "city" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
  }
}
