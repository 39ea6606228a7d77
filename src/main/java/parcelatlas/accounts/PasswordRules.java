package parcelatlas.accounts;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import parcelatlas.domain.PlainText;

/**
 * What a new password must be: {@value #MIN_LENGTH}–{@value #MAX_LENGTH} characters of plain text
 * ({@link PlainText}); not one of the most common passwords (the list in
 * {@code accounts/common-passwords.txt}), also once leading and trailing digits and punctuation
 * are taken off ("Password2024!" is "password"); not containing the user name (ignoring case); and
 * not one character repeated, a short pattern repeated ("1212121212") or a run of consecutive
 * letters or digits ("3456789012", "abcdefghij", "9876543210"). Checked when a password is set
 * (CLI and admin API), never at sign-in: old passwords keep working.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = load();

  private PasswordRules() {}

  /** Throws BadInput naming the rule the password breaks. */
  public static void check(String username, char[] password) {
    String text = new String(password);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      throw refused(ErrorCode.PASSWORD_TOO_SHORT, "needs at least " + MIN_LENGTH + " characters", "min", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw refused(ErrorCode.PASSWORD_TOO_LONG, "may have at most " + MAX_LENGTH + " characters", "max", MAX_LENGTH);
    }
    PlainText.position(text, false).ifPresent(i -> {
      throw refused(ErrorCode.PASSWORD_CONTROL_CHARACTER, "contains a control or invisible formatting character ("
          + PlainText.problem(text, false).orElse("") + ")",
          "character", String.format("U+%04X", (int) text.charAt(i)), "position", i + 1);
    });
    String lower = text.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", ""))) {
      throw refused(ErrorCode.PASSWORD_COMMON,
          "is one of the most common passwords (or one with digits added); choose one nobody would guess");
    }
    if (username != null && !username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw refused(ErrorCode.PASSWORD_CONTAINS_USERNAME, "must not contain the user name");
    }
    if (repeated(lower) || sequence(lower)) {
      throw refused(ErrorCode.PASSWORD_PATTERN,
          "must not be one character or a short pattern repeated, or a run such as 1234567890 or abcdefghij");
    }
  }

  private static BadInput refused(ErrorCode code, String rule, Object... params) {
    return new BadInput(code, "password: a password " + rule, params);
  }

  /** One unit of at most 5 characters, repeated (a partial last repeat allowed). */
  private static boolean repeated(String s) {
    for (int unit = 1; unit <= 5 && unit < s.length(); unit++) {
      boolean all = true;
      for (int i = unit; i < s.length() && all; i++) {
        all = s.charAt(i) == s.charAt(i - unit);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Every character one more (or every one less) than the one before; digits wrap 9 to 0. */
  private static boolean sequence(String s) {
    return steps(s, 1) || steps(s, -1);
  }

  private static boolean steps(String s, int step) {
    for (int i = 1; i < s.length(); i++) {
      char before = s.charAt(i - 1);
      char now = s.charAt(i);
      boolean digits = Character.isDigit(before) && Character.isDigit(now) && before < 128 && now < 128;
      int expected = digits ? '0' + Math.floorMod(before - '0' + step, 10) : before + step;
      if (now != expected) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordRules.class.getResourceAsStream("/accounts/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("accounts/common-passwords.txt is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
