package parcelatlas.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parcelatlas.geo.Crs;
import parcelatlas.geo.Reprojector;

/**
 * A CRS an OGC API client may ask for (Part 2: {@code crs}, {@code bbox-crs}), with the axis
 * order the standard requires: the order the CRS's authority declares. CRS84 is
 * longitude, latitude; EPSG:4326 and EPSG:4490 are latitude, longitude; the CGCS2000
 * Gauss-Krüger CRSs EPSG:4491-4554 are northing (X), easting (Y); EPSG:3857 is easting,
 * northing. These orders are what GDAL 3.6 / PROJ 9.1 report ({@code gdalsrsinfo -o wkt2}).
 *
 * <p>Accepted spellings: the URIs {@code http://www.opengis.net/def/crs/OGC/1.3/CRS84} and
 * {@code http://www.opengis.net/def/crs/EPSG/0/{code}} (https too), the safe CURIEs
 * {@code [OGC:CRS84]} and {@code [EPSG:code]}, and the shorthand {@code EPSG:code}, which means
 * the same EPSG CRS with the same (EPSG) axis order. Anything else is refused with the list of
 * supported URIs. Instances are immutable and shared.
 */
final class OgcCrs {
  static final String CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final String EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/";
  private static final Pattern EPSG = Pattern.compile(
      "(?:https?://www\\.opengis\\.net/def/crs/epsg/0/|\\[epsg:|epsg:)([0-9]{4,5})\\]?");
  private static final List<String> CRS84_NAMES = List.of(CRS84_URI.toLowerCase(Locale.ROOT),
      "https" + CRS84_URI.substring(4).toLowerCase(Locale.ROOT), "[ogc:crs84]", "ogc:crs84");
  private static final Map<Integer, OgcCrs> SUPPORTED = supported();
  static final OgcCrs CRS84 = new OgcCrs(Crs.WGS84, CRS84_URI, false);

  private final Crs crs;
  private final String uri;
  private final boolean northFirst;
  private final Reprojector fromWgs84;
  private final Reprojector toWgs84;

  private OgcCrs(Crs crs, String uri, boolean northFirst) {
    this.crs = crs;
    this.uri = uri;
    this.northFirst = northFirst;
    this.fromWgs84 = Reprojector.of(Crs.WGS84, crs);
    this.toWgs84 = Reprojector.of(crs, Crs.WGS84);
  }

  /** The CRS a parameter names; null or absent means CRS84. Unsupported: a 400 listing the supported ones. */
  static OgcCrs parse(String parameter, String text) {
    if (text == null) {
      return CRS84;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (CRS84_NAMES.contains(t)) {
      return CRS84;
    }
    Matcher m = EPSG.matcher(t);
    OgcCrs found = m.matches() ? SUPPORTED.get(Integer.parseInt(m.group(1))) : null;
    if (found == null) {
      throw ApiException.badRequest(parameter + " '" + text.strip() + "' is not supported; supported: "
          + CRS84_URI + ", " + EPSG_URI + "{4326, 4490, 3857, 4491 to 4554}"
          + " (EPSG:code is also accepted)");
    }
    return found;
  }

  /** Every supported CRS's URI: CRS84 first, then EPSG:4326, 4490, 3857 and 4491-4554. */
  static List<String> uris() {
    List<String> uris = new ArrayList<>();
    uris.add(CRS84_URI);
    SUPPORTED.values().forEach(c -> uris.add(c.uri));
    return Collections.unmodifiableList(uris);
  }

  String uri() {
    return uri;
  }

  boolean isCrs84() {
    return this == CRS84;
  }

  boolean isGeographic() {
    return crs.isGeographic();
  }

  /** The value of the {@code Content-Crs} response header. */
  String header() {
    return "<" + uri + ">";
  }

  /** A WGS84 longitude/latitude as this CRS's two coordinates, in its axis order. */
  double[] fromLonLat(double lon, double lat) {
    if (this == CRS84) {
      return new double[] {lon, lat};
    }
    double[] xy = fromWgs84.transform(lon, lat);
    return northFirst ? new double[] {xy[1], xy[0]} : xy;
  }

  /** This CRS's two coordinates, in its axis order, as a WGS84 {longitude, latitude}. */
  double[] toLonLat(double first, double second) {
    if (this == CRS84) {
      return new double[] {first, second};
    }
    return northFirst ? toWgs84.transform(second, first) : toWgs84.transform(first, second);
  }

  @Override
  public String toString() {
    return uri;
  }

  private static Map<Integer, OgcCrs> supported() {
    Map<Integer, OgcCrs> all = new LinkedHashMap<>();
    all.put(4326, new OgcCrs(Crs.epsg(4326), EPSG_URI + 4326, true));
    all.put(4490, new OgcCrs(Crs.epsg(4490), EPSG_URI + 4490, true));
    all.put(3857, new OgcCrs(Crs.epsg(3857), EPSG_URI + 3857, false));
    for (int code = 4491; code <= 4554; code++) {
      all.put(code, new OgcCrs(Crs.epsg(code), EPSG_URI + code, true));
    }
    return Collections.unmodifiableMap(all);
  }
}
