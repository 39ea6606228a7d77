package parcelatlas.geo;

import java.util.Locale;
import java.util.Set;

/**
 * The four geodetic datums of the portal's CRS set, with their ellipsoids, the EPSG code and
 * name of their geographic CRS, and the names ESRI-style .prj files use for them.
 *
 * <p>Contract: {@link #byName} recognises the EPSG, ESRI and common spellings of a datum or
 * geographic CRS name (case, spaces, underscores, apostrophes and a leading {@code D_} or
 * {@code GCS_} are ignored). An ellipsoid alone never names a datum: Pulkovo 1942 shares
 * Beijing 1954's, GDA94 and NAD83 share CGCS2000's.
 */
enum Datum {
  WGS84(4326, "WGS 84", "WGS 84", "GCS_WGS_1984", "D_WGS_1984", "WGS_1984", Ellipsoid.WGS84,
      Set.of("wgs1984", "wgs84", "worldgeodeticsystem1984", "worldgeodeticsystem1984ensemble")),
  CGCS2000(4490, "China Geodetic Coordinate System 2000", "CGCS2000",
      "GCS_China_Geodetic_Coordinate_System_2000", "D_China_2000", "CGCS2000",
      Ellipsoid.CGCS2000,
      Set.of("china2000", "chinageodeticcoordinatesystem2000", "cgcs2000")),
  BEIJING_1954(4214, "Beijing 1954", "Beijing 1954", "GCS_Beijing_1954", "D_Beijing_1954",
      "Beijing_1954", Ellipsoid.KRASSOWSKY, Set.of("beijing1954", "beijing54")),
  XIAN_1980(4610, "Xian 1980", "Xian 1980", "GCS_Xian_1980", "D_Xian_1980", "Xian_1980",
      Ellipsoid.IAG75, Set.of("xian1980", "xian80"));

  final int geographicCode;
  final String geographicName;
  final String epsgPrefix;
  final String esriGcsName;
  final String esriDatumName;
  final String esriPrefix;
  final Ellipsoid ellipsoid;
  private final Set<String> aliases;

  Datum(int geographicCode, String geographicName, String epsgPrefix, String esriGcsName,
      String esriDatumName, String esriPrefix, Ellipsoid ellipsoid, Set<String> aliases) {
    this.geographicCode = geographicCode;
    this.geographicName = geographicName;
    this.epsgPrefix = epsgPrefix;
    this.esriGcsName = esriGcsName;
    this.esriDatumName = esriDatumName;
    this.esriPrefix = esriPrefix;
    this.ellipsoid = ellipsoid;
    this.aliases = aliases;
  }

  /** The datum a datum or geographic CRS name denotes, or null. */
  static Datum byName(String name) {
    if (name == null) {
      return null;
    }
    String key = normalize(name);
    for (String prefix : new String[] {"gcs", "d"}) {
      if (key.startsWith(prefix) && !key.equals(prefix)) {
        Datum d = byKey(key.substring(prefix.length()));
        if (d != null) {
          return d;
        }
      }
    }
    return byKey(key);
  }

  /** Lower case, letters and digits only. */
  static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Datum byKey(String key) {
    for (Datum d : values()) {
      if (d.aliases.contains(key)) {
        return d;
      }
    }
    return null;
  }
}
