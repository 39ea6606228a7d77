package parcelatlas.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the CRS of a .prj file's WKT1 among the portal's supported set.
 *
 * <p>Contract, in order: (1) an {@code AUTHORITY["EPSG","n"]} (or WKT2 {@code ID["EPSG",n]}) on
 * the outermost PROJCS/GEOGCS naming a supported code wins; (2) a known EPSG or ESRI name of the
 * outermost element (e.g. {@code CGCS2000_3_Degree_GK_CM_117E}, {@code GCS_Beijing_1954}) is
 * accepted unless the parameters describe a different CRS; (3) otherwise the parameters decide:
 * the datum from the DATUM (else GEOGCS) name, checked against its ellipsoid (an unknown datum
 * name is refused: an ellipsoid is shared by several datums), the
 * projection (Transverse_Mercator, Gauss_Kruger, Mercator_Auxiliary_Sphere) and its central
 * meridian, false easting/northing, scale factor and latitude of origin. Angles must be in
 * degrees, lengths in metres, the prime meridian Greenwich.
 *
 * <p>Anything else raises {@link UnknownCrsException} quoting the first 80 characters of the WKT
 * and asking for {@code --crs EPSG:n}. Limits: WKT2 is identified only through its ID or name;
 * parameter matching is exact to 1e-9° and 1 mm.
 */
final class PrjReader {
  private static final Set<String> TM = Set.of(
      "transversemercator", "gausskruger", "transversemercatorcomplex", "gaussschreibertm");
  private static final Set<String> ROOTS = Set.of(
      "PROJCS", "GEOGCS", "PROJCRS", "GEOGCRS", "GEODCRS", "PROJECTEDCRS", "GEOGRAPHICCRS");

  private PrjReader() {}

  static Crs identify(String wkt) {
    String text = wkt == null ? "" : wkt.replace("\uFEFF", "").strip();
    if (text.isEmpty()) {
      throw unknown(text, "the .prj is empty");
    }
    WktNode root;
    try {
      root = WktParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw unknown(text, e.getMessage());
    }
    if (!ROOTS.contains(root.upperKeyword())) {
      throw unknown(text, root.keyword() + " is not a projected or geographic CRS");
    }
    Crs byAuthority = byAuthority(root);
    if (byAuthority != null) {
      return byAuthority;
    }
    Crs byName = CrsCatalog.byName(root.name());
    String[] reason = new String[1];
    Crs byParameters = byParameters(root, reason);
    if (byName != null && (reason[0] == null || byParameters != null)) {
      return byParameters == null || byParameters.sameDefinition(byName) ? byName : byParameters;
    }
    if (byParameters != null) {
      return byParameters;
    }
    throw unknown(text, reason[0] != null ? reason[0]
        : "no supported EPSG authority, name or WKT1 GEOGCS/DATUM");
  }

  private static Crs byAuthority(WktNode root) {
    for (String key : new String[] {"AUTHORITY", "ID"}) {
      WktNode auth = root.child(key);
      if (auth == null || !"EPSG".equalsIgnoreCase(auth.name()) || auth.args().size() < 2) {
        continue;
      }
      Object code = auth.args().get(1);
      String digits = code instanceof Double d ? String.valueOf(d.intValue()) : code.toString();
      if (digits.matches("[0-9]{4,5}")) {
        return CrsCatalog.byCode(Integer.parseInt(digits));
      }
    }
    return null;
  }

  /**
   * The CRS the parameters describe; null with reason[0] set when they describe none, null with
   * reason[0] unset when there are no WKT1 parameters to read.
   */
  private static Crs byParameters(WktNode root, String[] reason) {
    boolean projected = root.upperKeyword().startsWith("PROJ");
    WktNode geog = projected ? root.child("GEOGCS") : root;
    if (geog == null || geog.child("DATUM") == null) {
      return null;
    }
    Datum datum = datum(geog, reason);
    if (datum == null) {
      return null;
    }
    WktNode primem = geog.child("PRIMEM");
    if (primem != null && primem.number(0) != 0) {
      reason[0] = "prime meridian " + primem.name() + " is not Greenwich";
      return null;
    }
    WktNode angular = geog.child("UNIT");
    if (angular != null && Math.abs(angular.number(0) - Math.PI / 180) > 1e-12) {
      reason[0] = "angular unit " + angular.name() + " is not the degree";
      return null;
    }
    if (!projected) {
      return CrsCatalog.byCode(datum.geographicCode);
    }
    WktNode linear = root.child("UNIT");
    if (linear != null && linear.number(0) != 1) {
      reason[0] = "linear unit " + linear.name() + " is not the metre";
      return null;
    }
    WktNode projection = root.child("PROJECTION");
    String method = projection == null ? "" : Datum.normalize(projection.name());
    Map<String, Double> p = parameters(root);
    if (TM.contains(method)) {
      return PrjMatcher.transverseMercator(datum, p, reason);
    }
    if (method.equals("mercatorauxiliarysphere")
        || method.equals("popularvisualisationpseudomercator")
        || (method.startsWith("mercator") && isWebMercatorExtension(root))) {
      return PrjMatcher.webMercator(datum, p, reason);
    }
    reason[0] = "projection " + (projection == null ? "(none)" : projection.name())
        + " is not supported";
    return null;
  }

  /**
   * The datum the DATUM (or else the GEOGCS) name denotes. An unknown name is refused, never
   * guessed from the ellipsoid: Pulkovo 1942 shares Beijing 1954's Krassowsky ellipsoid, and
   * GDA94, NAD83 and ETRS89 share CGCS2000's GRS 1980 one, each a different datum.
   */
  private static Datum datum(WktNode geog, String[] reason) {
    WktNode datumNode = geog.child("DATUM");
    Datum byName = Datum.byName(datumNode.name());
    if (byName == null) {
      byName = Datum.byName(geog.name());
    }
    if (byName == null) {
      reason[0] = "datum " + datumNode.name() + " is not one the portal knows (CGCS2000, Beijing 1954,"
          + " Xi'an 1980, WGS 84), and its ellipsoid does not tell which datum it is";
      return null;
    }
    WktNode spheroid = datumNode.child("SPHEROID");
    if (spheroid == null) {
      spheroid = datumNode.child("ELLIPSOID");
    }
    if (spheroid != null && !Double.isNaN(spheroid.number(1))
        && !byName.ellipsoid.matches(spheroid.number(0), spheroid.number(1))) {
      reason[0] = "datum " + datumNode.name() + " does not match its ellipsoid";
      return null;
    }
    return byName;
  }

  private static Map<String, Double> parameters(WktNode root) {
    Map<String, Double> p = new HashMap<>();
    for (WktNode param : root.children("PARAMETER")) {
      if (param.name() != null && !Double.isNaN(param.number(0))) {
        p.put(Datum.normalize(param.name()), param.number(0));
      }
    }
    return p;
  }

  private static boolean isWebMercatorExtension(WktNode root) {
    WktNode ext = root.child("EXTENSION");
    if (ext == null || ext.args().size() < 2) {
      return false;
    }
    String proj4 = ext.args().get(1).toString();
    return proj4.contains("+a=6378137") && proj4.contains("+b=6378137");
  }

  static UnknownCrsException unknown(String text, String reason) {
    String flat = text.replaceAll("\\s+", " ");
    String start = flat.length() > 80 ? flat.substring(0, 80) + "..." : flat;
    return new UnknownCrsException("cannot identify the CRS of the .prj \"" + start + "\""
        + (reason == null ? "" : " (" + reason + ")") + "; name it with --crs EPSG:n");
  }
}
