package parcelatlas.export;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits field names to the DBF's 10 bytes: names that fit are kept; longer ones are cut (on a
 * character boundary) and, where two would collide, numbered (e.g. {@code invest_in1}). The same
 * input always gives the same names, so users can rely on them across exports.
 */
final class DbfNames {
  static final int MAX_BYTES = 10;

  private DbfNames() {}

  static List<String> fit(List<String> names, Charset charset) {
    List<String> fitted = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (String name : names) {
      String candidate = cut(name, charset, MAX_BYTES);
      for (int n = 1; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
        String suffix = Integer.toString(n);
        candidate = cut(name, charset, MAX_BYTES - suffix.length()) + suffix;
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      fitted.add(candidate);
    }
    return fitted;
  }

  private static String cut(String name, Charset charset, int bytes) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(charset).length;
      if (used + size > bytes) {
        break;
      }
      out.append(ch);
      used += size;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
