package parcelatlas.features.cql2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import parcelatlas.catalog.FieldKind;
import parcelatlas.features.Property;

/** Checks a literal against a property's kind and gives the Java value to bind for it. */
final class Values {
  private Values() {}

  /**
   * The value to bind: a String for text and code properties, a Long or Double for numbers, a
   * Boolean, a LocalDate; a literal of another type is refused, naming the property and position.
   */
  static Object bind(Property p, Literal literal) {
    Object value = switch (p.kind()) {
      case TEXT, CODE -> literal instanceof Literal.Text t ? t.value() : null;
      case INTEGER, NUMBER -> literal instanceof Literal.Number n ? number(p.kind(), n.value()) : null;
      case BOOLEAN -> literal instanceof Literal.Bool b ? b.value() : null;
      case DATE -> literal instanceof Literal.Date d ? d.value() : null;
      case CODE_LIST -> null;
    };
    if (value == null) {
      throw Cql2Exception.at(literal.position(), "'" + p.name() + "' is " + kindName(p.kind()) + " but "
          + literal.typeName() + " is given");
    }
    return value;
  }

  /**
   * A query parameter's text as a literal for the property ({@code ?status=available}); refusals
   * name the parameter.
   */
  static Literal parse(Property p, String text) {
    try {
      return switch (p.kind()) {
        case INTEGER, NUMBER -> new Literal.Number(new BigDecimal(text.strip()), 1);
        case BOOLEAN -> switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "true" -> new Literal.Bool(true, 1);
          case "false" -> new Literal.Bool(false, 1);
          default -> throw new NumberFormatException();
        };
        case DATE -> new Literal.Date(LocalDate.parse(text.strip()), 1);
        default -> new Literal.Text(text, 1);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new Cql2Exception("parameter '" + p.name() + "' is " + kindName(p.kind()) + "; '" + text
          + "' is not one");
    }
  }

  static String kindName(FieldKind kind) {
    return switch (kind) {
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean (TRUE or FALSE)";
      case DATE -> "a date (DATE('yyyy-mm-dd'))";
      default -> "text ('…')";
    };
  }

  private static Object number(FieldKind kind, BigDecimal value) {
    if (kind == FieldKind.INTEGER && value.stripTrailingZeros().scale() <= 0) {
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        return value.doubleValue();
      }
    }
    return value.doubleValue();
  }
}
