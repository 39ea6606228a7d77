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
   * keeps the traditional GIS order on both sides (longitude or easting first). The points are
   * written from another thread while the answer is read, so thousands of them take one process.
   */
  static List<double[]> fromWgs84(int epsg, List<double[]> lonLats) {
    return transform(4326, epsg, lonLats);
  }

  /** The inverse of {@link #fromWgs84}: easting/longitude-first points of EPSG:epsg as WGS84 longitude/latitude. */
  static List<double[]> toWgs84(int epsg, List<double[]> points) {
    return transform(epsg, 4326, points);
  }

  private static List<double[]> transform(int from, int to, List<double[]> points) {
    StringBuilder in = new StringBuilder();
    points.forEach(p -> in.append(String.format(Locale.ROOT, "%.12f %.12f%n", p[0], p[1])));
    try {
      Process process = new ProcessBuilder("gdaltransform", "-output_xy", "-s_srs", "EPSG:" + from,
          "-t_srs", "EPSG:" + to).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      Thread writer = new Thread(() -> {
        try (OutputStream os = process.getOutputStream()) {
          os.write(in.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      writer.join();
      if (process.waitFor() != 0) {
        throw new AssertionError("gdaltransform failed from EPSG:" + from + " to EPSG:" + to);
      }
      List<double[]> result = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        String[] t = line.strip().split("\\s+");
        result.add(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
      }
      if (result.size() != points.size()) {
        throw new AssertionError("gdaltransform returned " + result.size() + " points for " + points.size());
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
