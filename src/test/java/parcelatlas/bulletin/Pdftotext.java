package parcelatlas.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The text of a PDF as poppler's {@code pdftotext} (an independent reader) extracts it, in reading order. */
public final class Pdftotext {
  private Pdftotext() {}

  public static String text(byte[] pdf) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "bulletin-pdf"));
      Path file = Files.createTempFile(dir, "bulletin-", ".pdf");
      Files.write(file, pdf);
      Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("pdftotext failed on " + file);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError("pdftotext (poppler-utils) is needed: .ci/install-deps installs it", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
