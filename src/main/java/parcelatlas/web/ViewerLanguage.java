package parcelatlas.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;

/**
 * The language a download is written in for its viewer: {@code lang=zh} or {@code lang=en} when
 * given (the pages pass their own language), else the first language of {@code Accept-Language}
 * when it is Chinese or English, else the download's own default (Chinese for the figures CSV, the
 * code names for an export, which GIS tools read).
 */
final class ViewerLanguage {
  static final List<String> LANGUAGES = List.of("zh", "en");

  private ViewerLanguage() {}

  /** True for English; {@code lang} is the option as given (null when absent); another value is refused (400). */
  static boolean english(Context ctx, String lang, boolean englishByDefault) {
    if (lang != null) {
      if (!LANGUAGES.contains(lang)) {
        throw new BadInput(ErrorCode.NOT_ONE_OF, "lang must be zh or en", "field", "lang", "value", lang,
            "allowed", LANGUAGES);
      }
      return lang.equals("en");
    }
    String accept = ctx.header("Accept-Language");
    String first = accept == null ? "" : accept.strip().toLowerCase(Locale.ROOT);
    if (first.startsWith("en")) {
      return true;
    }
    return !first.startsWith("zh") && englishByDefault;
  }

  /** {@link #english(Context, String, boolean)} with the {@code lang} query parameter, Chinese by default. */
  static boolean english(Context ctx) {
    return english(ctx, ctx.queryParam("lang"), false);
  }
}
