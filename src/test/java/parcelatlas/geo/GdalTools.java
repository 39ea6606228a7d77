package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the GDAL command-line tools ({@code gdaltransform}, {@code gdalsrsinfo}) as references.
 * A missing tool fails the test with instructions rather than skipping it: CI installs gdal-bin.
 */
final class GdalTools {
  private GdalTools() {}

  /**
   * Transforms points with {@code gdaltransform -s_srs EPSG:from -t_srs EPSG:to}; GDAL 3 uses
   * the traditional GIS order (longitude/easting first) there, as the portal does.
   */
  static List<double[]> transform(int from, int to, List<double[]> points) {
    StringBuilder in = new StringBuilder();
    for (double[] p : points) {
      in.append(String.format(Locale.ROOT, "%.12f %.12f%n", p[0], p[1]));
    }
    String out = run(in.toString(), "gdaltransform", "-output_xy",
        "-s_srs", "EPSG:" + from, "-t_srs", "EPSG:" + to);
    List<double[]> result = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] t = line.trim().split("\\s+");
      result.add(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
    }
    if (result.size() != points.size()) {
      fail("gdaltransform returned " + result.size() + " points for " + points.size()
          + ":\n" + out);
    }
    return result;
  }

  /** Runs a tool and returns its standard output; fails the test if it is missing or fails. */
  static String run(String stdin, String... command) {
    Path errors = null;
    Process process = null;
    try {
      errors = Files.createTempFile("gdal-stderr", ".txt");
      process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    } catch (IOException e) {
      fail(command[0] + " is not installed: these tests compare against GDAL/PROJ; install "
          + "gdal-bin (apt-get install gdal-bin) and put it on the PATH (" + e.getMessage() + ")");
    }
    Process p = process;
    Thread writer = new Thread(() -> {
      try (OutputStream os = p.getOutputStream()) {
        os.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException ignored) {
        // the tool exited early; its exit status and stderr tell why
      }
    });
    writer.start();
    try {
      byte[] stdout = readAll(p.getInputStream());
      writer.join();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail(String.join(" ", command) + " failed: " + Files.readString(errors));
      }
      return new String(stdout, StandardCharsets.UTF_8);
    } catch (IOException | InterruptedException e) {
      p.destroyForcibly();
      fail(command[0] + " did not complete: " + e);
      return null;
    } finally {
      try {
        Files.deleteIfExists(errors);
      } catch (IOException ignored) {
        // a leftover temporary file is harmless
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    in.transferTo(b);
    return b.toByteArray();
  }
}
