package parcelatlas.context;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import parcelatlas.photos.SiteDistance;

/**
 * The azimuthal equidistant projection about a point, as {@link SiteDistance} computes it, near one
 * vertex of a parcel that is placed exactly: the other vertices placed by the projection's
 * first-order expansion about that vertex, each with a bound on how far from its exact place it
 * can be ({@link #bound}); and any vertex placed exactly on demand ({@link #exactly}).
 *
 * <p>A vertex's offset from the reference vertex (east, north metres, as the geodesic between them
 * leaves the reference vertex) comes from the ellipsoid's radii of curvature averaged over both
 * ends (the mid-latitude formulas) and half the convergence of the meridians. The projection maps
 * a small offset at the reference vertex along the geodesic from the point unchanged (distances
 * from the centre are true), and across it stretched by s/m (s the distance, m the reduced length;
 * on a sphere of radius R, (s/R)/sin(s/R)), turned from the geodesic's azimuth there (azi2) to its
 * azimuth at the point (azi1).
 *
 * <p>What this neglects is of second order in the offset d: the projection's scale changing across
 * the parcel (about d² s / R²), the sphere's m for the ellipsoid's (a part in 10⁵ of the stretch,
 * itself at most 4 × 10⁻⁴ within 300 km) and the mid-latitude formulas' remainder (about d³ / R²).
 * {@link #bound} allows many times that; {@code LocalPlacementTest} measures the worst ratio of
 * the true error to the bound on random parcels of up to {@link ParcelOutline#MAX_SPAN_DEG} at
 * latitudes up to {@link ParcelOutline#MAX_LAT} and points up to 300 km away.
 */
final class LocalPlacement {
  private static final double R = 6_371_000.0;
  private final ParcelOutline o;
  private final int ref;
  final double x0;
  final double y0;
  private final double s0;
  private final double sin1;
  private final double cos1;
  private final double sin2;
  private final double cos2;
  private final double stretch;

  /** About vertex {@code ref} of {@code o}, {@code g} the geodesic from the point to it. */
  LocalPlacement(ParcelOutline o, int ref, GeodesicData g) {
    this.o = o;
    this.ref = ref;
    double azimuth = Math.toRadians(g.azi1);
    sin1 = Math.sin(azimuth);
    cos1 = Math.cos(azimuth);
    x0 = g.s12 * sin1; // SiteDistance's arithmetic: the same doubles
    y0 = g.s12 * cos1;
    s0 = g.s12;
    double azimuth2 = Math.toRadians(g.azi2);
    sin2 = Math.sin(azimuth2);
    cos2 = Math.cos(azimuth2);
    double sigma = s0 / R;
    stretch = sigma < 1e-4 ? 1 + sigma * sigma / 6 : sigma / Math.sin(sigma);
  }

  /** Places vertex {@code i} by the expansion: x[i], y[i], and the bound on its error. */
  void place(int i, double[] x, double[] y, double[] error) {
    double dLon = o.lonRad[i] - o.lonRad[ref];
    double dLat = o.latRad[i] - o.latRad[ref];
    double xm = dLon * 0.5 * (o.east[i] + o.east[ref]); // east and north at the midpoint
    double ym = dLat * 0.5 * (o.north[i] + o.north[ref]);
    double gamma = dLon * 0.25 * (o.sinLat[i] + o.sinLat[ref]); // azimuth at the midpoint less at ref
    double east = xm - ym * gamma;
    double north = ym + xm * gamma;
    double along = east * sin2 + north * cos2;
    double across = (east * cos2 - north * sin2) * stretch;
    x[i] = x0 + along * sin1 + across * cos1;
    y[i] = y0 + along * cos1 - across * sin1;
    error[i] = bound(Math.sqrt(xm * xm + ym * ym), s0);
  }

  /**
   * The most a vertex placed {@code d} metres from the reference vertex, {@code s} metres from the
   * point, can lie from its exact place: 1 cm, plus 10 times the second-order terms above.
   */
  static double bound(double d, double s) {
    double r2 = 6.3e6 * 6.3e6;
    return 0.01 + 10 * (d * d * (s + d) + 0.003 * d * s * s) / r2;
  }

  /** Places vertex {@code i} as SiteDistance does. */
  void exactly(int i, double pointLon, double pointLat, double[] x, double[] y, boolean[] exact) {
    GeodesicData g = Geodesic.WGS84.Inverse(pointLat, pointLon, o.lat[i], o.lon[i]);
    double azimuth = Math.toRadians(g.azi1);
    x[i] = g.s12 * Math.sin(azimuth);
    y[i] = g.s12 * Math.cos(azimuth);
    exact[i] = true;
  }
}
