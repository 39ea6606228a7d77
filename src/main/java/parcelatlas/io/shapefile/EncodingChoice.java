package parcelatlas.io.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import parcelatlas.io.BadInputException;
import java.util.function.Supplier;

/**
 * The charset for a .dbf and where it came from, decided in this order: the user's option
 * ("option"), a recognised .cpg ("cpg"), a known language-driver byte ("dbf code page"); else
 * what the text itself shows ({@link DbfTextScan#guess}: UTF-8 "default", GB18030 "guessed", or
 * refused asking for {@code --encoding}).
 */
record EncodingChoice(Charset charset, String source, BadInputException doubt) {
  EncodingChoice(Charset charset, String source) {
    this(charset, source, null);
  }

  private static final int CPG_LIMIT = 256;

  static EncodingChoice choose(Charset override, Optional<Path> cpg, int languageDriver,
      Supplier<EncodingChoice> guess) throws IOException {
    if (override != null) {
      return new EncodingChoice(override, "option");
    }
    if (cpg.isPresent()) {
      Optional<Charset> named = CodePages.fromCpg(readCpg(cpg.get()));
      if (named.isPresent()) {
        return new EncodingChoice(named.get(), "cpg");
      }
    }
    Optional<Charset> driver = CodePages.fromLanguageDriver(languageDriver);
    if (driver.isPresent()) {
      return new EncodingChoice(driver.get(), "dbf code page");
    }
    return guess.get();
  }

  private static String readCpg(Path cpg) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(cpg)) {
      bytes = in.readNBytes(CPG_LIMIT);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
  }
}
