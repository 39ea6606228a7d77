package parcelatlas.io.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates between Java charsets and the ways shapefiles name them: .cpg text (names such as
 * {@code GBK}, {@code CP936}, {@code ANSI 936}, {@code 65001}, {@code ISO-8859-1}) and the dBase
 * language-driver byte. GB2312 is read as GBK, its superset, because files labelled GB2312 often
 * hold GBK-only characters. Unknown names give an empty result rather than an error.
 */
final class CodePages {
  static final Charset GBK = Charset.forName("GBK");
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern ISO_8859 = Pattern.compile("(?:ISO)?[-_ ]?8859[-_ ]?(\\d{1,2})");
  private static final Pattern NUMBER = Pattern.compile("(?:ANSI|CP|WINDOWS|MS)?[-_ ]*(\\d{3,5})");

  private CodePages() {}

  /** The charset a .cpg file names, if recognised. */
  static Optional<Charset> fromCpg(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    Matcher iso = ISO_8859.matcher(name);
    if (iso.matches()) {
      return lookup("ISO-8859-" + iso.group(1));
    }
    Matcher number = NUMBER.matcher(name);
    if (number.matches()) {
      return fromCodePage(Integer.parseInt(number.group(1)));
    }
    switch (name) {
      case "":
        return Optional.empty();
      case "UTF8": case "UTF-8":
        return Optional.of(StandardCharsets.UTF_8);
      case "GBK": case "GB2312": case "EUC-CN": case "GB_2312-80":
        return Optional.of(GBK);
      default:
        return lookup(name);
    }
  }

  /** The charset a dBase language-driver byte (header offset 29) stands for, if known. */
  static Optional<Charset> fromLanguageDriver(int languageDriver) {
    switch (languageDriver) {
      case 0x4D: case 0x7A:
        return Optional.of(GBK);
      case 0x57: case 0x03:
        return Optional.of(WINDOWS_1252);
      case 0x01:
        return lookup("IBM437");
      default:
        return Optional.empty();
    }
  }

  /** The .cpg text GDAL and ArcGIS understand for {@code charset}. */
  static String cpgName(Charset charset) {
    String name = charset.name();
    if (name.startsWith("windows-")) {
      return name.substring("windows-".length());
    }
    return name;
  }

  /** The language-driver byte to write: 0x4D for the GBK family, 0x57 for 1252, else 0. */
  static int languageDriver(Charset charset) {
    if (charset.equals(GBK) || charset.equals(GB18030) || charset.name().equals("GB2312")) {
      return 0x4D;
    }
    if (charset.equals(WINDOWS_1252)) {
      return 0x57;
    }
    return 0;
  }

  private static Optional<Charset> fromCodePage(int codePage) {
    switch (codePage) {
      case 65001:
        return Optional.of(StandardCharsets.UTF_8);
      case 936: case 20936:
        return Optional.of(GBK);
      case 54936:
        return Optional.of(GB18030);
      case 950:
        return lookup("Big5");
      case 932:
        return lookup("windows-31j");
      case 28591:
        return Optional.of(StandardCharsets.ISO_8859_1);
      default:
        if (codePage >= 1250 && codePage <= 1258) {
          return lookup("windows-" + codePage);
        }
        return lookup("x-IBM" + codePage).or(() -> lookup("IBM" + codePage))
            .or(() -> lookup("x-windows-" + codePage));
    }
  }

  private static Optional<Charset> lookup(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
