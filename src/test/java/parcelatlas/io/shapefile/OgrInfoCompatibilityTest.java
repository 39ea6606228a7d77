package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.io.TestShapefiles;

/** GDAL must read what the writer produces, Chinese text included. Fails where GDAL is absent: CI installs it. */
class OgrInfoCompatibilityTest {
  @TempDir Path dir;

  @BeforeAll
  static void gdalIsInstalled() {
    assertTrue(onPath("ogrinfo"), "ogrinfo (GDAL) is not installed: run .ci/install-deps");
  }

  @Test
  void ogrinfo_reads_chinese_names_and_values_from_a_gbk_shapefile() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels_gbk", TestShapefiles.GBK,
        TestShapefiles.GBK_FIELDS);
    String out = ogrinfo(shp);
    assertTrue(out.contains("地块编号 (String) = QL-A-001"), out);
    assertTrue(out.contains("供地状态 (String) = 净地可供"), out);
    assertTrue(out.contains("供地状态 (String) = 储备用地（待拆迁）"), out);
    assertTrue(out.contains("供地日期 (Date) = 2024/03/01"), out);
    assertTrue(out.contains("面积 (Real) = 12345.67"), out);
    assertTrue(out.contains("POLYGON ((120 30,120.0 30.1,120.1 30.1,120.1 30.0,120 30),"
        + "(120.02 30.02,120.04 30.02,120.04 30.04,120.02 30.04,120.02 30.02))"), out);
  }

  @Test
  void ogrinfo_reads_chinese_names_and_values_from_a_utf8_shapefile() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels_utf8", StandardCharsets.UTF_8,
        TestShapefiles.UTF8_FIELDS);
    String out = ogrinfo(shp);
    assertTrue(out.contains("编号 (String) = QL-C-004"), out);
    assertTrue(out.contains("状态 (String) = 已出让"), out);
    assertTrue(out.contains("宗数 (Integer) = 3"), out);
  }

  @Test
  void ogrinfo_sees_the_feature_count_and_extent_from_the_headers() throws Exception {
    Path shp = TestShapefiles.writeParcels(dir, "parcels", TestShapefiles.GBK,
        TestShapefiles.GBK_FIELDS);
    String out = run(List.of("ogrinfo", "-so", "-al", shp.toString()));
    assertTrue(out.contains("Feature Count: 4"), out);
    assertTrue(out.contains("Extent: (120.000000, 30.000000) - (122.100000, 32.100000)"), out);
  }

  private static String ogrinfo(Path shp) throws IOException, InterruptedException {
    return run(List.of("ogrinfo", "-al", "-q", shp.toString()));
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
