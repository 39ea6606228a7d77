package parcelatlas.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parcelatlas.testing.Gdal;

/** What GDAL 3.6 says about a CRS: its transform ({@code gdaltransform}) and its axis order ({@code gdalsrsinfo}). */
final class GdalCrsReference {
  private GdalCrsReference() {}

  /** True when EPSG declares the CRS's first axis as north (latitude or northing), per {@code gdalsrsinfo -o wkt2}. */
  static boolean firstAxisIsNorth(int epsg) {
    String wkt = Gdal.run("gdalsrsinfo", "-o", "wkt2", "EPSG:" + epsg);
    int axis = wkt.indexOf("AXIS[");
    String first = wkt.substring(axis, wkt.indexOf('\n', axis));
    if (!first.contains(",north") && !first.contains(",east")) {
      throw new AssertionError("cannot read the first axis of EPSG:" + epsg + ": " + first);
    }
    return first.contains(",north");
  }

  /**
   * Transforms longitude/latitude points from EPSG:4326 with {@code gdaltransform}, which in GDAL 3
   * keeps the traditional GIS order on both sides (longitude or easting first).
   */
  static List<double[]> fromWgs84(int epsg, List<double[]> lonLats) {
    StringBuilder in = new StringBuilder();
    lonLats.forEach(p -> in.append(String.format(Locale.ROOT, "%.12f %.12f%n", p[0], p[1])));
    try {
      Process process = new ProcessBuilder("gdaltransform", "-output_xy", "-s_srs", "EPSG:4326",
          "-t_srs", "EPSG:" + epsg).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream os = process.getOutputStream()) {
        os.write(in.toString().getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new AssertionError("gdaltransform failed for EPSG:" + epsg);
      }
      List<double[]> result = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        String[] t = line.strip().split("\\s+");
        result.add(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
      }
      if (result.size() != lonLats.size()) {
        throw new AssertionError("gdaltransform returned " + result.size() + " points for " + lonLats.size());
      }
      return result;
    } catch (IOException e) {
      throw new AssertionError("gdaltransform is not installed (run .ci/install-deps)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
