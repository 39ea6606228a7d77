package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryEditor;
import parcelatlas.features.cql2.LiteralCrs;
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
 *
 * <p>As a {@link LiteralCrs} (Part 3 {@code filter-crs}, and {@code bbox-crs} through {@link OgcBBox})
 * it checks written coordinates and turns written geometries into WGS84 longitude/latitude. A
 * straight edge in a projected CRS is not straight in longitude/latitude, so each edge is first cut
 * into pieces of at most {@value #PIECE_METRES} m, and into at most {@value #STEPS} pieces.
 */
final class OgcCrs implements LiteralCrs {
  static final String CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final String EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/";
  private static final Pattern EPSG = Pattern.compile(
      "(?:https?://www\\.opengis\\.net/def/crs/epsg/0/|\\[epsg:|epsg:)([0-9]{4,5})\\]?");
  private static final List<String> CRS84_NAMES = List.of(CRS84_URI.toLowerCase(Locale.ROOT),
      "https" + CRS84_URI.substring(4).toLowerCase(Locale.ROOT), "[ogc:crs84]", "ogc:crs84");
  private static final Map<Integer, OgcCrs> SUPPORTED = supported();
  static final OgcCrs CRS84 = new OgcCrs(Crs.WGS84, CRS84_URI, false);
  static final int STEPS = 32;
  static final double PIECE_METRES = 25;
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
  /** How far (in the CRS's units) a projected coordinate may move on a round trip through WGS84 and still count as in range. */
  private static final double ROUND_TRIP_TOLERANCE = 1.0;

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
      throw ApiException.badRequest(ErrorCode.CRS_UNSUPPORTED, parameter + " '" + text.strip()
          + "' is not supported; supported: "
          + CRS84_URI + ", " + EPSG_URI + "{4326, 4490, 3857, 4491 to 4554}"
          + " (EPSG:code is also accepted)", "field", parameter, "value", text.strip());
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

  /** The axes in order, as a client reads them: "latitude, longitude", "northing, easting in metres", … */
  String axes() {
    if (crs.isGeographic()) {
      return northFirst ? "latitude, longitude" : "longitude, latitude";
    }
    return northFirst ? "northing, easting in metres" : "easting, northing in metres";
  }

  @Override
  public void check(double first, double second) {
    if (isCrs84()) {
      LiteralCrs.CRS84.check(first, second);
      return;
    }
    boolean inRange;
    if (crs.isGeographic()) {
      double lon = northFirst ? second : first;
      double lat = northFirst ? first : second;
      inRange = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    } else {
      double[] lonLat = toLonLat(first, second);
      inRange = Double.isFinite(lonLat[0]) && Double.isFinite(lonLat[1])
          && Math.abs(lonLat[0]) <= 180 && Math.abs(lonLat[1]) <= 90;
      if (inRange) {
        double[] back = fromLonLat(lonLat[0], lonLat[1]);
        inRange = Math.abs(back[0] - first) <= ROUND_TRIP_TOLERANCE && Math.abs(back[1] - second) <= ROUND_TRIP_TOLERANCE;
      }
    }
    if (!inRange) {
      throw new IllegalArgumentException("(" + first + " " + second + ") is outside the range of " + uri
          + ", whose coordinates are " + axes()
          + (crs.isGeographic() ? (northFirst ? " within ±90, ±180" : " within ±180, ±90") : ""));
    }
  }

  @Override
  public Geometry toLonLat(Geometry written) {
    if (isCrs84()) {
      return written;
    }
    boolean densify = !crs.isGeographic();
    return new GeometryEditor(LON_LAT).edit(written, new GeometryEditor.CoordinateOperation() {
      @Override
      public Coordinate[] edit(Coordinate[] coordinates, Geometry geometry) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i < coordinates.length; i++) {
          if (densify && i > 0) {
            addBetween(out, coordinates[i - 1], coordinates[i]);
          }
          out.add(lonLat(coordinates[i].x, coordinates[i].y));
        }
        return out.toArray(Coordinate[]::new);
      }
    });
  }

  @Override
  public boolean keepsBoxes() {
    return crs.isGeographic();
  }

  /** The points strictly between two written vertices, as WGS84 longitude/latitude. */
  private void addBetween(List<Coordinate> out, Coordinate a, Coordinate b) {
    int pieces = (int) Math.min(STEPS, Math.max(1, Math.ceil(a.distance(b) / PIECE_METRES)));
    for (int k = 1; k < pieces; k++) {
      double t = (double) k / pieces;
      out.add(lonLat(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t));
    }
  }

  private Coordinate lonLat(double first, double second) {
    double[] p = toLonLat(first, second);
    return new Coordinate(p[0], p[1]);
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
