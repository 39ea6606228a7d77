package parcelatlas.geo;

import java.util.Map;

/**
 * Matches projection parameters read from a .prj against the supported CRS set.
 *
 * <p>Contract: a transverse Mercator on one of the four datums matches the CRS with the same
 * datum, central meridian (to 1e-9°), false easting and northing (to 1 mm), scale factor (to
 * 1e-12) and a latitude of origin of 0. When two codes share a definition, a non-deprecated
 * code beats a deprecated one and a 3° code beats a 6° "CM" code. Pseudo-Mercator needs the
 * WGS 84 datum, zero central meridian, standard parallel and false origin, and auxiliary
 * sphere type 0 when given. Missing false easting/northing and latitude of origin count as 0,
 * a missing scale factor as 1, as in WKT1.
 */
final class PrjMatcher {
  private PrjMatcher() {}

  static Crs transverseMercator(Datum datum, Map<String, Double> p, String[] reason) {
    double cm = first(p, Double.NaN, "centralmeridian", "longitudeofcenter",
        "longitudeoforigin", "longitudeofnaturalorigin");
    double k = first(p, 1, "scalefactor", "scalefactoratnaturalorigin");
    double fe = first(p, 0, "falseeasting");
    double fn = first(p, 0, "falsenorthing");
    double lat0 = first(p, 0, "latitudeoforigin", "latitudeofcenter",
        "latitudeofnaturalorigin");
    if (Double.isNaN(cm)) {
      reason[0] = "the transverse Mercator has no central meridian";
      return null;
    }
    Crs best = null;
    for (Crs c : CrsCatalog.all().values()) {
      boolean same = c.datum() == datum
          && (c.kind() == Crs.Kind.GAUSS_KRUGER || c.kind() == Crs.Kind.UTM)
          && Math.abs(c.centralMeridian() - cm) < 1e-9 && Math.abs(c.scale() - k) < 1e-12
          && Math.abs(c.falseEasting() - fe) < 1e-3 && Math.abs(c.falseNorthing() - fn) < 1e-3
          && Math.abs(lat0) < 1e-9;
      if (same && (best == null || rank(c) < rank(best))) {
        best = c;
      }
    }
    if (best == null) {
      reason[0] = "no supported " + datum.epsgPrefix + " transverse Mercator has central "
          + "meridian " + cm + ", scale " + k + ", false easting " + fe + ", false northing "
          + fn + " and latitude of origin " + lat0;
    }
    return best;
  }

  static Crs webMercator(Datum datum, Map<String, Double> p, String[] reason) {
    boolean ok = datum == Datum.WGS84
        && first(p, 0, "centralmeridian", "longitudeoforigin") == 0
        && first(p, 0, "falseeasting") == 0 && first(p, 0, "falsenorthing") == 0
        && first(p, 0, "standardparallel1", "latitudeoforigin") == 0
        && first(p, 1, "scalefactor") == 1
        && first(p, 0, "auxiliaryspheretype") == 0;
    if (!ok) {
      reason[0] = "only the WGS 84 Web Mercator (EPSG:3857) is supported among Mercators";
      return null;
    }
    return Crs.epsg(3857);
  }

  /** Lower is preferred: non-deprecated before deprecated, 3° before 6°. */
  private static int rank(Crs c) {
    return (c.deprecated() ? 2 : 0) + (c.name().contains("3-degree") ? 0 : 1);
  }

  private static double first(Map<String, Double> p, double fallback, String... keys) {
    for (String key : keys) {
      Double v = p.get(key);
      if (v != null) {
        return v;
      }
    }
    return fallback;
  }
}
