package parcelatlas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs GDAL's command-line tools: the independent reader and transformer tests check against. */
public final class Gdal {
  private Gdal() {}

  /** Runs a GDAL tool and returns its standard output; fails the test when it fails or is missing. */
  public static String run(String... command) {
    try {
      Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(false).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + err);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(command[0] + " is not installed (run .ci/install-deps): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  public static List<String> args(String... parts) {
    return new ArrayList<>(List.of(parts));
  }
}
