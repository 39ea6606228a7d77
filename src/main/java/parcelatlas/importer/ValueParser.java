package parcelatlas.importer;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import parcelatlas.catalog.Field;
import parcelatlas.domain.Labelled;

/**
 * Turns a source value into the portal field's type. Text from a DBF or GeoJSON may carry a
 * number, date or flag in any of the forms Chinese offices use; anything else is refused with a
 * message saying what was expected.
 */
final class ValueParser {
  private static final Set<String> TRUE = Set.of("true", "t", "y", "yes", "1", "是", "有", "已通", "√");
  private static final Set<String> FALSE = Set.of("false", "f", "n", "no", "0", "否", "无", "未通", "×");
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"),
      DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy.M.d"),
      DateTimeFormatter.ofPattern("yyyy年M月d日"));

  /** By code list: texts already parsed and their codes (a file repeats a few spellings). */
  private static final ClassValue<java.util.Map<String, String>> KNOWN_CODES = new ClassValue<>() {
    @Override
    protected java.util.Map<String, String> computeValue(Class<?> type) {
      return new java.util.concurrent.ConcurrentHashMap<>();
    }
  };
  private static final int KNOWN_CODES_MAX = 512;

  private ValueParser() {}

  /** The parsed value, or null for an empty one; throws IllegalArgumentException saying why not. */
  static Object parse(Field field, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    return switch (field.kind()) {
      case TEXT -> raw instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : raw.toString().strip();
      case INTEGER -> integer(raw);
      case NUMBER -> number(raw);
      case DATE -> date(raw);
      case BOOLEAN -> bool(raw);
      case CODE -> code(field, raw);
      case CODE_LIST -> codes(raw);
    };
  }

  private static Long integer(Object raw) {
    double value = number(raw);
    if (value != Math.rint(value)) {
      throw new BadInput(ErrorCode.VALUE_UNREADABLE, "expected a whole number, got '" + raw + "'", "value", raw);
    }
    return (long) value;
  }

  private static Double number(Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    String text = raw.toString().strip().replace(",", "").replace("，", "");
    try {
      return Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    } catch (NumberFormatException e) {
      throw new BadInput(ErrorCode.VALUE_UNREADABLE, "expected a number, got '" + raw + "'", "value", raw);
    }
  }

  private static LocalDate date(Object raw) {
    if (raw instanceof LocalDate d) {
      return d;
    }
    String text = raw.toString().strip();
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new BadInput(ErrorCode.VALUE_UNREADABLE, "expected a date such as 2026-05-31, got '" + raw + "'", "value", raw);
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    String text = raw.toString().strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(text)) {
      return true;
    }
    if (FALSE.contains(text)) {
      return false;
    }
    throw new BadInput(ErrorCode.VALUE_UNREADABLE, "expected yes or no (是/否, Y/N, 1/0), got '" + raw + "'", "value", raw);
  }

  private static String code(Field field, Object raw) {
    String text = raw.toString();
    java.util.Map<String, String> known = KNOWN_CODES.get(field.codes());
    String hit = known.get(text);
    if (hit != null) {
      return hit;
    }
    String code = parseCode(field.codes(), text)
        .orElseThrow(() -> new BadInput(ErrorCode.VALUE_UNREADABLE, "'" + raw + "' is not one of: " + allowed(field.codes()), "value", raw));
    if (known.size() < KNOWN_CODES_MAX) {
      known.put(text, code);
    }
    return code;
  }

  private static <E extends Enum<E> & Labelled> java.util.Optional<String> parseCode(
      Class<? extends Labelled> type, String text) {
    @SuppressWarnings("unchecked")
    Class<E> enumType = (Class<E>) type;
    return Labelled.parse(enumType, text).map(Labelled::code);
  }

  private static String allowed(Class<? extends Labelled> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(v -> v.code() + " (" + v.zh() + ")")
        .collect(Collectors.joining(", "));
  }

  private static List<String> codes(Object raw) {
    return Arrays.stream(raw.toString().split("[,，;；、\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
