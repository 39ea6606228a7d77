package parcelatlas.geo;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portal's CRS set, built from the EPSG code ranges as recorded in PROJ 9.1's database
 * (checked with {@code projinfo EPSG:n}): WGS 84 (4326), Pseudo-Mercator (3857), WGS 84 UTM
 * 32601-32660 / 32701-32760, CGCS2000 (4490) with Gauss-Krüger 4491-4554, Beijing 1954 (4214)
 * with 2401-2442, 21413-21423, 21453-21463 and the deprecated duplicates 21473-21483, and
 * Xi'an 1980 (4610) with 2327-2390.
 *
 * <p>Contract: every entry carries its EPSG name and the name ArcGIS uses in .prj files; both
 * names resolve through {@link #byName}, case and punctuation ignored.
 */
final class CrsCatalog {
  private static final Map<Integer, Crs> BY_CODE = new TreeMap<>();
  private static final Map<String, Crs> BY_NAME = new HashMap<>();

  static {
    geographic(Datum.WGS84);
    geographic(Datum.CGCS2000);
    geographic(Datum.BEIJING_1954);
    geographic(Datum.XIAN_1980);
    add(new Crs(3857, "WGS 84 / Pseudo-Mercator", "WGS_1984_Web_Mercator_Auxiliary_Sphere",
        Datum.WGS84, Crs.Kind.WEB_MERCATOR, 0, 1, 0, 0, false));
    for (int zone = 1; zone <= 60; zone++) {
      double cm = -183 + 6 * zone;
      add(new Crs(32600 + zone, "WGS 84 / UTM zone " + zone + "N",
          "WGS_1984_UTM_Zone_" + zone + "N", Datum.WGS84, Crs.Kind.UTM, cm, 0.9996, 500000, 0,
          false));
      add(new Crs(32700 + zone, "WGS 84 / UTM zone " + zone + "S",
          "WGS_1984_UTM_Zone_" + zone + "S", Datum.WGS84, Crs.Kind.UTM, cm, 0.9996, 500000,
          10000000, false));
    }
    gaussKruger(Datum.CGCS2000, 4491, 4502, 4513, 4534, "GK_CM_");
    gaussKruger(Datum.XIAN_1980, 2327, 2338, 2349, 2370, "GK_CM_");
    gaussKruger(Datum.BEIJING_1954, 21413, 21453, 2401, 2422, "Gauss_Kruger_CM_");
    for (int zone = 13; zone <= 23; zone++) {
      int cm = 75 + 6 * (zone - 13);
      add(new Crs(21460 + zone, "Beijing 1954 / Gauss-Kruger " + zone + "N (deprecated)",
          "Beijing_1954_GK_Zone_" + zone + "N", Datum.BEIJING_1954, Crs.Kind.GAUSS_KRUGER, cm,
          1, 500000, 0, true));
    }
  }

  private CrsCatalog() {}

  static Crs byCode(int code) {
    return BY_CODE.get(code);
  }

  /** By EPSG or ESRI name, case and punctuation ignored. */
  static Crs byName(String name) {
    return name == null ? null : BY_NAME.get(Datum.normalize(name));
  }

  static Map<Integer, Crs> all() {
    return Collections.unmodifiableMap(BY_CODE);
  }

  private static void geographic(Datum d) {
    add(new Crs(d.geographicCode, d.geographicName, d.esriGcsName, d, Crs.Kind.GEOGRAPHIC,
        0, 1, 0, 0, false));
  }

  /** The four Gauss-Krüger ranges of one datum: 6° zones 13-23 and 3° zones 25-45. */
  private static void gaussKruger(Datum d, int sixZone, int sixCm, int threeZone, int threeCm,
      String sixCmEsri) {
    for (int zone = 13; zone <= 23; zone++) {
      int cm = 75 + 6 * (zone - 13);
      add(new Crs(sixZone + zone - 13, d.epsgPrefix + " / Gauss-Kruger zone " + zone,
          d.esriPrefix + "_GK_Zone_" + zone, d, Crs.Kind.GAUSS_KRUGER, cm, 1,
          zone * 1e6 + 500000, 0, false));
      add(new Crs(sixCm + zone - 13, d.epsgPrefix + " / Gauss-Kruger CM " + cm + "E",
          d.esriPrefix + "_" + sixCmEsri + cm + "E", d, Crs.Kind.GAUSS_KRUGER, cm, 1, 500000, 0,
          false));
    }
    for (int zone = 25; zone <= 45; zone++) {
      int cm = 75 + 3 * (zone - 25);
      add(new Crs(threeZone + zone - 25, d.epsgPrefix + " / 3-degree Gauss-Kruger zone " + zone,
          d.esriPrefix + "_3_Degree_GK_Zone_" + zone, d, Crs.Kind.GAUSS_KRUGER, cm, 1,
          zone * 1e6 + 500000, 0, false));
      add(new Crs(threeCm + zone - 25, d.epsgPrefix + " / 3-degree Gauss-Kruger CM " + cm + "E",
          d.esriPrefix + "_3_Degree_GK_CM_" + cm + "E", d, Crs.Kind.GAUSS_KRUGER, cm, 1, 500000,
          0, false));
    }
  }

  private static void add(Crs crs) {
    BY_CODE.put(crs.epsg(), crs);
    for (String name : new String[] {crs.name(), crs.esriName()}) {
      BY_NAME.putIfAbsent(Datum.normalize(name), crs);
    }
  }
}
