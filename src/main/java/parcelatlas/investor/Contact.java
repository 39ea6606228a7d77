package parcelatlas.investor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * How an investor can be reached, checked before an enquiry is stored so that park staff can
 * answer every lead. Accepted:
 * <ul>
 *   <li>a mainland mobile number: 11 digits {@code 1[3-9]…}, optionally after {@code +86} or
 *       {@code 0086}; spaces, hyphens, dots and brackets between digits are ignored; stored as the
 *       11 digits;</li>
 *   <li>a landline with its area code: {@code 010} or {@code 02x} and an 8-digit local number, or
 *       another {@code 0xxx} and a 7–8 digit one; local numbers do not start 0 or 1; separators as
 *       above, optionally an extension of 1–6 digits after {@code 转}, {@code #} or {@code ext};
 *       stored as {@code 0571-88886666} (and {@code -ext});</li>
 *   <li>an e-mail address: a local part of letters, digits and {@code . _ % + -} (no leading,
 *       trailing or double dot), {@code @}, a domain of dot-separated labels (letters, digits,
 *       inner hyphens) ending in a 2–24 letter top-level label; stored with the domain in lower case.</li>
 * </ul>
 * Anything else is refused with {@link ErrorCode#CONTACT_NOT_PHONE_OR_EMAIL} naming the field.
 */
public final class Contact {
  private static final Pattern EMAIL = Pattern.compile(
      "([A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})");
  private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:转|#|ext\\.?)\\s*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
  private static final Pattern PREFIX = Pattern.compile("^(?:\\+86|0086)");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("(010|02\\d)([2-9]\\d{7})|(0[3-9]\\d{2})([2-9]\\d{6,7})");

  private Contact() {}

  /** The contact in its stored form; BadInput naming {@code field} when it is none of the three. */
  public static String normalize(String field, String value) {
    String text = value == null ? "" : value.strip();
    Matcher email = EMAIL.matcher(text);
    if (email.matches() && email.group(1).length() <= 64) {
      return email.group(1) + "@" + email.group(2).toLowerCase(Locale.ROOT);
    }
    String[] parts = EXTENSION.split(text, 2);
    String number = PREFIX.matcher(SEPARATORS.matcher(parts[0]).replaceAll("")).replaceFirst("");
    String extension = parts.length > 1 ? parts[1].strip() : null;
    if (extension == null && MOBILE.matcher(number).matches()) {
      return number;
    }
    Matcher landline = LANDLINE.matcher(number);
    if (landline.matches() && (extension == null || extension.matches("\\d{1,6}"))) {
      int area = landline.group(1) != null ? 1 : 3;
      return landline.group(area) + "-" + landline.group(area + 1) + (extension == null ? "" : "-" + extension);
    }
    throw new BadInput(ErrorCode.CONTACT_NOT_PHONE_OR_EMAIL, field + " must be a mobile number (11 digits starting"
        + " 13–19), a landline with its area code (such as 0571-88886666) or an e-mail address", "field", field);
  }
}
