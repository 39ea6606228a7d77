package parcelatlas.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing wrong with a request, said three ways: a stable {@link ErrorCode}, its parameters (the
 * field, the limit, the value, the position…: what a page needs to say it in the viewer's
 * language), and the English message API clients read. Parameter values are strings, numbers or
 * lists of them; dates and months are written as ISO text.
 */
public record Problem(ErrorCode code, Map<String, Object> params, String message) {
  public Problem {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A problem with parameters given as name, value, name, value…; a null value is left out. */
  public static Problem of(ErrorCode code, String message, Object... nameValues) {
    return new Problem(code, params(nameValues), message);
  }

  /** Parameters from name, value pairs: numbers and lists kept, anything else as its text. */
  public static Map<String, Object> params(Object... nameValues) {
    if (nameValues.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name, value pairs");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      Object value = nameValues[i + 1];
      if (value != null) {
        params.put(String.valueOf(nameValues[i]), value instanceof Number || value instanceof List<?>
            ? value : String.valueOf(value));
      }
    }
    return params;
  }
}
