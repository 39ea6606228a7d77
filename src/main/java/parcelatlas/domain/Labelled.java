package parcelatlas.domain;

import java.util.Locale;
import java.util.Optional;

/** A domain value with a stable code (stored, used in the API) and its Chinese and English labels. */
public interface Labelled {
  Label label();

  default String code() {
    return label().code();
  }

  default String zh() {
    return label().zh();
  }

  default String en() {
    return label().en();
  }

  /** Finds the constant whose code, Chinese label or English label equals {@code text}, ignoring case and spaces. */
  static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = normalise(text);
    for (E value : type.getEnumConstants()) {
      if (normalise(value.code()).equals(wanted)
          || normalise(value.zh()).equals(wanted)
          || normalise(value.en()).equals(wanted)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String s) {
    return s.strip().replace(' ', '_').replace('-', '_').toLowerCase(Locale.ROOT);
  }
}
