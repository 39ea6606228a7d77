package parcelatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of a {@code --within} option: GeoJSON given inline (it starts with "{"), or the UTF-8 file it names. */
final class AreaText {
  private AreaText() {}

  static String read(String option) {
    if (option == null || option.isBlank() || option.strip().startsWith("{")) {
      return option;
    }
    Path file = Path.of(option);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("within: " + option + " is neither GeoJSON nor a readable file");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("within: cannot read " + option, e);
    }
  }
}
