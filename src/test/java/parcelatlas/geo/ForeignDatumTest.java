package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datums the portal does not support, on ellipsoids it knows: Pulkovo 1942 (Krassowsky, like
 * Beijing 1954; 117 m apart near Beijing) and GDA94, NAD83, ETRS89 (GRS 1980, like CGCS2000).
 * Their .prj texts, ESRI and OGC WKT1 as desktop GIS write them, are written here from the EPSG
 * definitions; GDAL must identify each as its EPSG code (so the texts are real), and the portal
 * must refuse each naming its datum rather than take it for a datum it knows.
 */
class ForeignDatumTest {
  private static final String DEG = "UNIT[\"Degree\",0.0174532925199433]]";
  private static final String GK20 = "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",20500000.0],"
      + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",117.0],"
      + "PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

  record Foreign(int epsg, String datum, String prj) {}

  static final List<Foreign> FOREIGN = List.of(
      new Foreign(4284, "D_Pulkovo_1942", "GEOGCS[\"GCS_Pulkovo_1942\",DATUM[\"D_Pulkovo_1942\","
          + "SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],PRIMEM[\"Greenwich\",0.0]," + DEG),
      new Foreign(4284, "Pulkovo_1942", "GEOGCS[\"Pulkovo 1942\",DATUM[\"Pulkovo_1942\","
          + "SPHEROID[\"Krassowsky 1940\",6378245,298.3]],PRIMEM[\"Greenwich\",0],"
          + "UNIT[\"degree\",0.0174532925199433]]"),
      new Foreign(28420, "D_Pulkovo_1942", "PROJCS[\"Pulkovo_1942_GK_Zone_20\",GEOGCS[\"GCS_Pulkovo_1942\","
          + "DATUM[\"D_Pulkovo_1942\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
          + "PRIMEM[\"Greenwich\",0.0]," + DEG + "," + GK20),
      new Foreign(28420, "Pulkovo_1942", "PROJCS[\"Pulkovo 1942 / Gauss-Kruger zone 20\",GEOGCS[\"Pulkovo 1942\","
          + "DATUM[\"Pulkovo_1942\",SPHEROID[\"Krassowsky 1940\",6378245,298.3]],PRIMEM[\"Greenwich\",0],"
          + "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],"
          + "PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",20500000],"
          + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]"),
      new Foreign(4283, "D_GDA_1994", "GEOGCS[\"GCS_GDA_1994\",DATUM[\"D_GDA_1994\","
          + "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0]," + DEG),
      new Foreign(4283, "Geocentric_Datum_of_Australia_1994", "GEOGCS[\"GDA94\","
          + "DATUM[\"Geocentric_Datum_of_Australia_1994\",SPHEROID[\"GRS 1980\",6378137,298.257222101]],"
          + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]"),
      new Foreign(4269, "D_North_American_1983", "GEOGCS[\"GCS_North_American_1983\","
          + "DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],"
          + "PRIMEM[\"Greenwich\",0.0]," + DEG),
      new Foreign(4269, "North_American_Datum_1983", "GEOGCS[\"NAD83\",DATUM[\"North_American_Datum_1983\","
          + "SPHEROID[\"GRS 1980\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
          + "UNIT[\"degree\",0.0174532925199433]]"),
      new Foreign(4258, "D_ETRS_1989", "GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\","
          + "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0]," + DEG));

  @Test
  void gdal_reads_each_text_as_its_epsg_code(@TempDir Path dir) throws IOException {
    for (Foreign f : FOREIGN) {
      Path prj = dir.resolve(f.epsg() + ".prj");
      Files.writeString(prj, f.prj());
      assertEquals("EPSG:" + f.epsg(), GdalTools.run("", "gdalsrsinfo", "-o", "epsg", prj.toString()).strip(), f.prj());
    }
  }

  @Test
  void each_is_refused_naming_its_datum_never_taken_for_beijing_1954_or_cgcs2000() {
    for (Foreign f : FOREIGN) {
      UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.fromPrj(f.prj()),
          "EPSG:" + f.epsg() + " " + f.prj());
      assertTrue(e.getMessage().contains("datum " + f.datum() + " is not one the portal knows"), e.getMessage());
      assertTrue(e.getMessage().contains("--crs EPSG:n"), e.getMessage());
    }
  }
}
