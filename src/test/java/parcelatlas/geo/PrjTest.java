package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and writing .prj WKT. Fixtures under geo/prj/esri and geo/prj/epsg were generated
 * with GDAL 3.6: {@code gdalsrsinfo -o wkt_esri --single-line EPSG:n} (GDAL's name for
 * wkt1_esri) and {@code gdalsrsinfo -o wkt1 EPSG:n}.
 */
class PrjTest {
  private static final int[] GDAL_CHECKED = {
    4326, 4490, 4214, 4610, 4527, 4545, 4499, 4502, 2437, 21413, 21453, 21473, 2383, 2327,
    32650, 32750, 3857
  };

  @Test
  void esriPrjFilesAsGdalAndArcGisWriteThemAreIdentified() throws Exception {
    for (Fixture f : fixtures("esri")) {
      assertEquals(f.code, Crs.fromPrj(f.text).epsg(), f.name);
    }
  }

  @Test
  void epsgStyleWkt1IsIdentifiedByItsAuthority() throws Exception {
    for (Fixture f : fixtures("epsg")) {
      assertEquals(f.code, Crs.fromPrj(f.text).epsg(), f.name);
    }
  }

  @Test
  void withoutAuthorityOrKnownNameTheParametersDecide() throws Exception {
    List<Fixture> all = new ArrayList<>(fixtures("epsg"));
    all.addAll(fixtures("esri"));
    for (Fixture f : all) {
      String anonymous = f.text.replaceAll(",\\s*AUTHORITY\\[[^\\]]*\\]", "")
          .replaceFirst("^\\s*(PROJCS|GEOGCS)\\[\"[^\"]*\"", "$1[\"unnamed\"");
      Crs found = Crs.fromPrj(anonymous);
      assertTrue(found.sameDefinition(Crs.epsg(f.code)), f.name + " gave " + found);
    }
  }

  @Test
  void toPrjWritesExactlyWhatGdalWritesForEsri() throws Exception {
    for (Fixture f : fixtures("esri")) {
      assertEquals(f.text.strip(), Crs.epsg(f.code).toPrj(), f.name);
    }
  }

  @Test
  void everySupportedCodeSurvivesToPrjAndBack() {
    for (int code : Crs.supportedCodes()) {
      assertEquals(code, Crs.fromPrj(Crs.epsg(code).toPrj()).epsg(), "EPSG:" + code);
    }
  }

  @Test
  void gdalIdentifiesTheWrittenPrjOfEveryFamily(@TempDir Path dir) throws IOException {
    for (int code : GDAL_CHECKED) {
      Path prj = dir.resolve(code + ".prj");
      Files.writeString(prj, Crs.epsg(code).toPrj());
      String out = GdalTools.run("", "gdalsrsinfo", "-o", "epsg", prj.toString()).strip();
      assertEquals("EPSG:" + code, out, "gdalsrsinfo -o epsg on toPrj() of EPSG:" + code);
    }
  }

  @Test
  void arcGisStylePrettyPrintedPrjWithByteOrderMarkIsRead() {
    String prj = "\uFEFFPROJCS[\"CGCS2000_3_Degree_GK_CM_117E\",\r\n  GEOGCS["
        + "\"GCS_China_Geodetic_Coordinate_System_2000\",\r\n    DATUM[\"D_China_2000\","
        + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],\r\n    PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],\r\n  PROJECTION[\"Gauss_Kruger\"],"
        + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
        + "PARAMETER[\"Central_Meridian\",117.0],PARAMETER[\"Scale_Factor\",1.0],"
        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]\r\n";
    assertEquals(4548, Crs.fromPrj(prj).epsg());
  }

  @Test
  void wkt2IsIdentifiedByItsRootIdOrName() {
    String wkt2 = "PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger zone 39\",BASEGEOGCRS["
        + "\"China Geodetic Coordinate System 2000\",DATUM[\"China 2000\",ELLIPSOID["
        + "\"CGCS2000\",6378137,298.257222101]],ID[\"EPSG\",4490]],CONVERSION[\"x\","
        + "METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]]],ID[\"EPSG\",4527]]";
    assertEquals(4527, Crs.fromPrj(wkt2).epsg());
    assertEquals(4527, Crs.fromPrj(wkt2.replace(",ID[\"EPSG\",4527]]", "]")).epsg());
  }

  @Test
  void customCrsNamesAreIdentifiedByDatumNameAndParameters() {
    assertEquals(4527, Crs.fromPrj(tm("D_China_2000", "GRS 1980", 6378137, 298.257222101, 117, 39500000)).epsg());
    assertEquals(2437, Crs.fromPrj(tm("D_Beijing_1954", "Krasovsky", 6378245, 298.3, 120, 500000)).epsg());
    assertEquals(2384, Crs.fromPrj(tm("D_Xian_1980", "IAG 1975", 6378140, 298.257, 117, 500000)).epsg());
    assertEquals(21420, Crs.fromPrj(tm("Beijing_1954", "Krasovsky", 6378245, 298.3, 117, 20500000)).epsg());
  }

  @Test
  void aDatumNamedUnknownIsRefusedNotGuessedFromItsEllipsoid() {
    UnknownCrsException e = assertThrows(UnknownCrsException.class,
        () -> Crs.fromPrj(tm("D_custom", "Krasovsky", 6378245, 298.3, 117, 20500000)));
    assertTrue(e.getMessage().contains("datum D_custom is not one the portal knows"), e.getMessage());
    assertThrows(UnknownCrsException.class,
        () -> Crs.fromPrj(tm("D_China_2000", "Krasovsky", 6378245, 298.3, 117, 500000)));
  }

  @Test
  void aKnownNameWithContradictingParametersFollowsTheParameters() {
    String prj = tm("D_China_2000", "GRS 1980", 6378137, 298.257222101, 120, 40500000)
        .replace("\"custom\"", "\"CGCS2000_3_Degree_GK_Zone_39\"");
    assertEquals(4528, Crs.fromPrj(prj).epsg());
    String off = tm("D_China_2000", "GRS 1980", 6378137, 298.257222101, 117.5, 500000)
        .replace("\"custom\"", "\"CGCS2000_3_Degree_GK_CM_117E\"");
    assertThrows(UnknownCrsException.class, () -> Crs.fromPrj(off));
  }

  @Test
  void anUnknownPrjIsRejectedQuotingItsStartAndAskingForCrs() {
    String lambert = "PROJCS[\"Made_Up_Lambert\",GEOGCS[\"GCS_Made_Up\",DATUM[\"D_Made_Up\","
        + "SPHEROID[\"Made_Up\",6378100.0,297.0]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],"
        + "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
        + "PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Standard_Parallel_1\",25.0],"
        + "PARAMETER[\"Standard_Parallel_2\",47.0],PARAMETER[\"Latitude_Of_Origin\",0.0],"
        + "UNIT[\"Meter\",1.0]]";
    UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.fromPrj(lambert));
    assertTrue(e.getMessage().contains(lambert.substring(0, 80)), e.getMessage());
    assertFalse(e.getMessage().contains(lambert.substring(0, 81)), e.getMessage());
    assertTrue(e.getMessage().contains("name it with --crs EPSG:n"), e.getMessage());
  }

  @Test
  void otherUnsupportedPrjsAreRejectedToo() {
    String lambertOnCgcs = tm("D_China_2000", "GRS 1980", 6378137, 298.257222101, 117, 500000)
        .replace("Transverse_Mercator", "Lambert_Conformal_Conic");
    String feet = tm("D_China_2000", "GRS 1980", 6378137, 298.257222101, 117, 500000)
        .replace("UNIT[\"Meter\",1.0]", "UNIT[\"Foot_US\",0.3048006096012192]");
    String mercator = Crs.epsg(3857).toPrj().replace("Mercator_Auxiliary_Sphere", "Mercator");
    for (String prj : new String[] {"", "PROJCS[\"broken\"", "LOCAL_CS[\"x\",UNIT[\"m\",1]]",
        lambertOnCgcs, feet, mercator}) {
      UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.fromPrj(prj));
      assertTrue(e.getMessage().endsWith("name it with --crs EPSG:n"), e.getMessage());
    }
  }

  private static String tm(String datum, String spheroid, double a, double invF, double cm, double fe) {
    return "PROJCS[\"custom\",GEOGCS[\"GCS_custom\",DATUM[\"" + datum + "\",SPHEROID[\"" + spheroid
        + "\"," + a + "," + invF + "]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
        + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\","
        + fe + "],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + cm
        + "],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],"
        + "UNIT[\"Meter\",1.0]]";
  }

  private record Fixture(String name, int code, String text) {}

  private static List<Fixture> fixtures(String kind) throws IOException, URISyntaxException {
    Path dir = Path.of(PrjTest.class.getResource("/geo/prj/" + kind).toURI());
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String file = p.getFileName().toString();
        try (InputStream in = Files.newInputStream(p)) {
          out.add(new Fixture(kind + "/" + file, Integer.parseInt(file.replace(".prj", "")),
              new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    assertTrue(out.size() >= 40, "fixtures missing in geo/prj/" + kind);
    return out;
  }
}
