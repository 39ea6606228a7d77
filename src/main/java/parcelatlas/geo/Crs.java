package parcelatlas.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate reference system known to the portal, identified by its EPSG code.
 * Axis order is always x = easting/longitude, y = northing/latitude, whatever EPSG says.
 *
 * <p>Contract: immutable value, equal by EPSG code; instances are shared. The supported set is
 * WGS 84 (4326), WGS 84 / Pseudo-Mercator (3857), WGS 84 / UTM 32601-32660 and 32701-32760,
 * CGCS2000 (4490) and its Gauss-Krüger CRSs 4491-4554, Beijing 1954 (4214) with 2401-2442,
 * 21413-21423, 21453-21463 and 21473-21483, and Xi'an 1980 (4610) with 2327-2390; definitions
 * as in PROJ 9.1's EPSG database. Anything else raises {@link UnknownCrsException}.
 *
 * <p>Known deviations: 21473-21483 are deprecated in EPSG (same definitions as 21453-21463)
 * but still supported, since ESRI names such as {@code Beijing_1954_GK_Zone_13N} denote them.
 * A .prj with only parameters cannot tell a 6° "CM" CRS from the 3° one with the same central
 * meridian (they are the same projection), nor a deprecated code from its replacement; {@link
 * #fromPrj} then picks the 3°, non-deprecated code. {@link #parse} also accepts "CRS:84".
 */
public final class Crs {
  enum Kind { GEOGRAPHIC, GAUSS_KRUGER, UTM, WEB_MERCATOR, GCJ02 }

  private static final Pattern CODE = Pattern.compile(
      "(?:epsg:{1,2}|urn:ogc:def:crs:epsg:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/epsg/"
          + "[0-9.]+/)?([0-9]{4,5})");
  private static final Set<String> CRS84 = Set.of(
      "crs84", "crs:84", "ogc:crs84", "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84",
      "http://www.opengis.net/def/crs/ogc/1.3/crs84",
      "https://www.opengis.net/def/crs/ogc/1.3/crs84");

  public static final Crs WGS84 = epsg(4326);

  /**
   * GCJ-02, longitude/latitude as Chinese web maps (Amap, Tencent) show them: a source CRS for
   * imports only ({@link #parseSource}), reprojected by removing the {@link Gcj02} offset. It
   * has no EPSG code and is never offered for output.
   */
  public static final Crs GCJ02 = new Crs(0, "GCJ-02 (Chinese web maps)", "GCJ_02", Datum.WGS84,
      Kind.GCJ02, 0, 1, 0, 0, false);

  private final int code;
  private final String name;
  private final String esriName;
  private final Datum datum;
  private final Kind kind;
  private final double centralMeridian;
  private final double scale;
  private final double falseEasting;
  private final double falseNorthing;
  private final boolean deprecated;
  private final Projection projection;

  Crs(int code, String name, String esriName, Datum datum, Kind kind, double centralMeridian,
      double scale, double falseEasting, double falseNorthing, boolean deprecated) {
    this.code = code;
    this.name = name;
    this.esriName = esriName;
    this.datum = datum;
    this.kind = kind;
    this.centralMeridian = centralMeridian;
    this.scale = scale;
    this.falseEasting = falseEasting;
    this.falseNorthing = falseNorthing;
    this.deprecated = deprecated;
    this.projection = switch (kind) {
      case GEOGRAPHIC, GCJ02 -> null;
      case WEB_MERCATOR -> WebMercator.INSTANCE;
      default -> new TransverseMercator(
          datum.ellipsoid, centralMeridian, scale, falseEasting, falseNorthing);
    };
  }

  public static Crs epsg(int code) {
    Crs crs = CrsCatalog.byCode(code);
    if (crs == null) {
      throw new UnknownCrsException("EPSG:" + code + " is not supported; supported: "
          + supportedSummary());
    }
    return crs;
  }

  /** "EPSG:4527", "4527", "urn:ogc:def:crs:EPSG::4527", "http://www.opengis.net/def/crs/EPSG/0/4527", "CRS84". */
  public static Crs parse(String text) {
    if (text == null || text.isBlank()) {
      throw new UnknownCrsException("no CRS given; expected e.g. EPSG:4527");
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (CRS84.contains(t)) {
      return WGS84;
    }
    Matcher m = CODE.matcher(t);
    if (!m.matches()) {
      String flat = text.strip().replaceAll("\\s+", " ");
      throw new UnknownCrsException("cannot read \"" + (flat.length() > 80 ? flat.substring(0, 80) + "…" : flat)
          + "\" as a CRS; expected EPSG:n, n, urn:ogc:def:crs:EPSG::n, "
          + "http://www.opengis.net/def/crs/EPSG/0/n or CRS84");
    }
    return epsg(Integer.parseInt(m.group(1)));
  }

  /** As {@link #parse}, and also {@code GCJ-02} ({@code GCJ02}, {@code gcj-02}): the CRSs data can come in. */
  public static Crs parseSource(String text) {
    if (text != null && text.strip().replace("-", "").equalsIgnoreCase("gcj02")) {
      return GCJ02;
    }
    return parse(text);
  }

  /** From the WKT of a .prj file, EPSG-style (with AUTHORITY) or ESRI-style (as ArcGIS/QGIS write). */
  public static Crs fromPrj(String wkt) {
    return PrjReader.identify(wkt);
  }

  /** All supported EPSG codes, ascending. */
  public static Set<Integer> supportedCodes() {
    return CrsCatalog.all().keySet();
  }

  public int epsg() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean isGeographic() {
    return kind == Kind.GEOGRAPHIC || kind == Kind.GCJ02;
  }

  /** ESRI-style WKT for a .prj, which GDAL identifies as this EPSG code. */
  public String toPrj() {
    return PrjWriter.write(this);
  }

  /** "EPSG:n" ("GCJ-02" for {@link #GCJ02}). */
  public String code() {
    return kind == Kind.GCJ02 ? "GCJ-02" : "EPSG:" + code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Crs other && other.code == code;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(code);
  }

  @Override
  public String toString() {
    return code() + " (" + name + ")";
  }

  String esriName() {
    return esriName;
  }

  Datum datum() {
    return datum;
  }

  Kind kind() {
    return kind;
  }

  double centralMeridian() {
    return centralMeridian;
  }

  double scale() {
    return scale;
  }

  double falseEasting() {
    return falseEasting;
  }

  double falseNorthing() {
    return falseNorthing;
  }

  boolean deprecated() {
    return deprecated;
  }

  /** Null for geographic CRSs. */
  Projection projection() {
    return projection;
  }

  /** Same datum and same projection parameters (EPSG codes may differ). */
  boolean sameDefinition(Crs o) {
    return datum == o.datum && kind == o.kind && centralMeridian == o.centralMeridian
        && scale == o.scale && falseEasting == o.falseEasting
        && falseNorthing == o.falseNorthing;
  }

  private static String supportedSummary() {
    return "4326, 3857, 32601-32660, 32701-32760 (WGS 84); 4490, 4491-4554 (CGCS2000); "
        + "4214, 2401-2442, 21413-21423, 21453-21463, 21473-21483 (Beijing 1954); "
        + "4610, 2327-2390 (Xian 1980)";
  }
}
