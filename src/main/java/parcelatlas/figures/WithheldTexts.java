package parcelatlas.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The words for a figure withheld by the small-cell rule ({@link Disclosure}) as the desk and the
 * bulletin page show them: the word in place of the value (不公开 / withheld), the reason, and the
 * bulletin's note naming the figure. They are read from the web page's own file
 * ({@code web/js/withheld-texts.json}, on the classpath under {@code /web/js/}), the one place they
 * are written, so the bulletin PDF says what the page says.
 *
 * <p>Limits: the note's template fills only {@code {figure}}, {@code {withheld}} and {@code {reason}};
 * a language other than {@code zh} or {@code en} is refused.
 */
public final class WithheldTexts {
  static final String RESOURCE = "/web/js/withheld-texts.json";
  private static final JsonNode TEXTS = load();

  private WithheldTexts() {}

  /** The word shown in place of a withheld value: 不公开 in {@code zh}, withheld in {@code en}. */
  public static String word(String lang) {
    return text(lang, "desk", "figures", "withheld");
  }

  /** Why a figure is withheld, in the language. */
  public static String reason(String lang) {
    return text(lang, "desk", "figures", "withheldDetail");
  }

  /** The note under a line holding a withheld figure, e.g. 投资完成率不公开：REASON; {@code figure} is its name. */
  public static String note(String lang, String figure) {
    return text(lang, "bulletin", "withheldNote").replace("{figure}", figure).replace("{withheld}", word(lang))
        .replace("{reason}", reason(lang));
  }

  private static String text(String lang, String... path) {
    JsonNode node = TEXTS.get(lang);
    if (node == null) {
      throw new IllegalArgumentException("no withheld figure's words in language " + lang + " (zh, en)");
    }
    for (String key : path) {
      node = node.path(key);
    }
    if (!node.isTextual()) {
      throw new IllegalStateException(RESOURCE + " has no text at " + lang + "." + String.join(".", path));
    }
    return node.asText();
  }

  private static JsonNode load() {
    try (InputStream in = WithheldTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " (the withheld figure's words) is missing from the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
