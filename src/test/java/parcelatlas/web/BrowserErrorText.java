package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as English server text in a message shown in Chinese mode: a run of two or more ASCII
 * letters, once the words a Chinese text may hold (file formats, units, encodings, what the person
 * typed themselves) are taken out.
 */
final class BrowserErrorText {
  /** ASCII words a Chinese message may carry: file kinds and extensions, units, encodings, CRS names. */
  static final String ALLOWED_ASCII =
      "GeoJSON|GeoPackage|CSV|Shapefile|JPEG|PNG|WGS84|GB18030|GBK|UTF-8|KB|MB|EPSG:\\d+|\\.(zip|geojson|json|prj|dbf|shx|shp)\\b|\\bzip\\b";
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");

  private BrowserErrorText() {}

  /** Fails when {@code shown} holds English words besides the allowed ones and {@code typed}, or no Chinese. */
  static void assertChinese(String what, String shown, String... typed) {
    String rest = shown;
    for (String own : typed) {
      rest = rest.replace(own, "");
    }
    rest = rest.replaceAll(ALLOWED_ASCII, "");
    Matcher english = ENGLISH.matcher(rest);
    if (english.find()) {
      throw new AssertionError(what + ": English text \"" + english.group() + "\" in: " + shown);
    }
    assertTrue(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        what + ": no Chinese in: " + shown);
  }
}
