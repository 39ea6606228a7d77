package parcelatlas.geo;

import java.math.BigDecimal;

/**
 * Writes the ESRI-style WKT1 that ArcGIS puts in a .prj, on one line, byte for byte as GDAL
 * 3.6 writes it with {@code gdalsrsinfo -o wkt_esri --single-line EPSG:n}: Gauss-Krüger CRSs
 * use PROJECTION["Gauss_Kruger"], UTM uses "Transverse_Mercator", Pseudo-Mercator uses
 * "Mercator_Auxiliary_Sphere" with Auxiliary_Sphere_Type 0.
 *
 * <p>Contract: {@code gdalsrsinfo -o epsg} identifies every output as the CRS's own EPSG code
 * (checked once for all 328 codes, and by the tests for each family), so no family needs the
 * EPSG-style fallback. For the deprecated 21473-21483 this writes ESRI's own name
 * ({@code Beijing_1954_GK_Zone_13N}); GDAL writes the replacement's unless
 * OSR_USE_NON_DEPRECATED=NO is set.
 */
final class PrjWriter {
  private PrjWriter() {}

  static String write(Crs crs) {
    String geog = geogcs(crs.datum());
    return switch (crs.kind()) {
      case GEOGRAPHIC -> geog;
      case GCJ02 -> throw new UnknownCrsException("GCJ-02 has no .prj: data is never written in it");
      case WEB_MERCATOR -> "PROJCS[" + quote(crs.esriName()) + "," + geog
          + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"]"
          + parameter("False_Easting", 0) + parameter("False_Northing", 0)
          + parameter("Central_Meridian", 0) + parameter("Standard_Parallel_1", 0)
          + parameter("Auxiliary_Sphere_Type", 0) + ",UNIT[\"Meter\",1.0]]";
      case GAUSS_KRUGER, UTM -> "PROJCS[" + quote(crs.esriName()) + "," + geog
          + ",PROJECTION["
          + quote(crs.kind() == Crs.Kind.UTM ? "Transverse_Mercator" : "Gauss_Kruger") + "]"
          + parameter("False_Easting", crs.falseEasting())
          + parameter("False_Northing", crs.falseNorthing())
          + parameter("Central_Meridian", crs.centralMeridian())
          + parameter("Scale_Factor", crs.scale())
          + parameter("Latitude_Of_Origin", 0) + ",UNIT[\"Meter\",1.0]]";
    };
  }

  private static String geogcs(Datum d) {
    Ellipsoid e = d.ellipsoid;
    return "GEOGCS[" + quote(d.esriGcsName) + ",DATUM[" + quote(d.esriDatumName)
        + ",SPHEROID[" + quote(e.esriName()) + "," + number(e.a()) + ","
        + number(e.inverseFlattening()) + "]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]]";
  }

  private static String parameter(String name, double value) {
    return ",PARAMETER[" + quote(name) + "," + number(value) + "]";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** Plain decimal with at least one fractional digit, as ESRI writes: 39500000.0, 0.9996. */
  static String number(double v) {
    String s = BigDecimal.valueOf(v).toPlainString();
    return s.contains(".") ? s : s + ".0";
  }
}
