package parcelatlas.context;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.photos.SiteDistance;

/**
 * A parcel's rings read once for measuring any number of context points against it
 * ({@link #metres}): its distinct vertices (longitude, latitude, and the ellipsoid's scales there)
 * and its segments in the geometry's order. Immutable. {@link NearSegments} does the measuring.
 *
 * <p>Only small polygonal parcels away from the poles take the quick way ({@link #quick}): a
 * polygon or multipolygon, every ring closed, at most {@link #MAX_SPAN_DEG} wide and high, within
 * {@link #MAX_LAT} of the equator. Any other geometry is measured as {@link SiteDistance} does,
 * vertex by vertex ({@link ContextMetres}).
 */
final class ParcelOutline {
  /** The widest or highest parcel, in degrees, that takes the quick way (about 5.5 km). */
  static final double MAX_SPAN_DEG = 0.05;
  /** The highest latitude, in degrees, a parcel's vertex may have to take the quick way. */
  static final double MAX_LAT = 75;
  static final double A = 6_378_137.0;
  static final double E2 = (2 - 1 / 298.257223563) / 298.257223563;

  final Geometry site;
  final Envelope envelope;
  final boolean quick;
  /** Distinct vertices: longitude and latitude in degrees and radians. */
  final double[] lon;
  final double[] lat;
  final double[] lonRad;
  final double[] latRad;
  /** Metres per radian of longitude (N cos φ) and of latitude (M) at each vertex, and sin φ. */
  final double[] east;
  final double[] north;
  final double[] sinLat;
  /** Metres of longitude per metre of latitude at the parcel's middle, roughly (cos φ). */
  final double lonScale;
  /** Segment i runs from vertex {@code from[i]} to vertex {@code to[i]}. */
  final int[] from;
  final int[] to;

  private ParcelOutline(Geometry site, List<Coordinate> vertices, int[] from, int[] to, boolean quick) {
    this.site = site;
    this.envelope = site.getEnvelopeInternal();
    this.quick = quick;
    this.lonScale = Math.cos(Math.toRadians((envelope.getMinY() + envelope.getMaxY()) / 2));
    int n = vertices.size();
    lon = new double[n];
    lat = new double[n];
    lonRad = new double[n];
    latRad = new double[n];
    east = new double[n];
    north = new double[n];
    sinLat = new double[n];
    for (int i = 0; i < n; i++) {
      Coordinate c = vertices.get(i);
      lon[i] = c.x;
      lat[i] = c.y;
      lonRad[i] = Math.toRadians(c.x);
      latRad[i] = Math.toRadians(c.y);
      double sin = Math.sin(latRad[i]);
      double w2 = 1 - E2 * sin * sin;
      double nu = A / Math.sqrt(w2);
      sinLat[i] = sin;
      east[i] = nu * Math.cos(latRad[i]);
      north[i] = nu * (1 - E2) / w2;
    }
    this.from = from;
    this.to = to;
  }

  /** The outline of a WGS84 geometry (longitude, latitude). */
  static ParcelOutline of(Geometry site) {
    List<LineString> rings = new ArrayList<>();
    boolean quick = !site.isEmpty() && collectRings(site, rings);
    Envelope env = site.getEnvelopeInternal();
    quick = quick && env.getWidth() <= MAX_SPAN_DEG && env.getHeight() <= MAX_SPAN_DEG
        && Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY())) <= MAX_LAT;
    List<Coordinate> vertices = new ArrayList<>();
    List<int[]> segments = new ArrayList<>();
    if (quick) {
      for (LineString ring : rings) {
        Coordinate[] c = ring.getCoordinates();
        if (c.length < 2 || !sameBits(c[0], c[c.length - 1])) {
          quick = false;
          break;
        }
        int first = vertices.size();
        for (int k = 0; k < c.length; k++) {
          int i = vertices.size();
          if (k == c.length - 1) {
            i = first; // the closing vertex is the first: measured once
          } else {
            vertices.add(c[k]);
          }
          if (k > 0) {
            segments.add(new int[] {i == first ? vertices.size() - 1 : i - 1, i});
          }
        }
      }
    }
    if (!quick) {
      return new ParcelOutline(site, List.of(), new int[0], new int[0], false);
    }
    int[] from = new int[segments.size()];
    int[] to = new int[segments.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = segments.get(i)[0];
      to[i] = segments.get(i)[1];
    }
    return new ParcelOutline(site, vertices, from, to, true);
  }

  /**
   * Metres on the WGS84 ellipsoid from ({@code lon}, {@code lat}) to the parcel: exactly {@link
   * SiteDistance#metres}'s double (0 inside), usually with one or two geodesic problems instead of
   * one per vertex.
   */
  double metres(double pointLon, double pointLat) {
    if (!quick || envelope.covers(pointLon, pointLat)) {
      return ContextMetres.metres(pointLon, pointLat, site);
    }
    return NearSegments.metres(this, pointLon, pointLat);
  }

  int vertices() {
    return lon.length;
  }

  private static boolean sameBits(Coordinate a, Coordinate b) {
    return Double.doubleToRawLongBits(a.x) == Double.doubleToRawLongBits(b.x)
        && Double.doubleToRawLongBits(a.y) == Double.doubleToRawLongBits(b.y);
  }

  /** Adds the rings of a polygon or multipolygon; false for any other kind of geometry. */
  private static boolean collectRings(Geometry g, List<LineString> rings) {
    if (g instanceof Polygon p) {
      rings.add(p.getExteriorRing());
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        rings.add(p.getInteriorRingN(i));
      }
      return true;
    }
    if (g instanceof org.locationtech.jts.geom.MultiPolygon m) {
      for (int i = 0; i < m.getNumGeometries(); i++) {
        collectRings(m.getGeometryN(i), rings);
      }
      return true;
    }
    return false;
  }
}
