package parcelatlas.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * The language a download is written in for its viewer: {@code ?lang=zh} or {@code ?lang=en} when
 * given (the pages pass their own language), else English when the first language of
 * {@code Accept-Language} is English, else Chinese, the portal's language.
 */
final class ViewerLanguage {
  static final List<String> LANGUAGES = List.of("zh", "en");

  private ViewerLanguage() {}

  /** True for English, false for Chinese; a {@code lang} other than zh or en is refused (400). */
  static boolean english(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null) {
      if (!LANGUAGES.contains(lang)) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, "lang must be zh or en", "field", "lang", "value", lang,
            "allowed", LANGUAGES);
      }
      return lang.equals("en");
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en");
  }
}
