package parcelatlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Area on the earth of the region a polygon in WGS84 longitude/latitude encloses when its edges
 * are straight lines in the longitude/latitude plane: the meaning the databases give a geometry in
 * SRID 4326 when they test {@code ST_Intersects} or {@code &&} on it. It differs from
 * {@link GeodesicArea} (edges are geodesics) where that meaning differs: a band with edges from
 * longitude -180 to 180 is 0 m² geodesically (those edges have no length) but goes round the whole
 * earth in the plane; a box drawn across the 180th meridian, from 179.9 to -179.9, is small
 * geodesically and 359.8° wide in the plane.
 *
 * <p>Contract: exact for straight lon/lat edges on a sphere of the WGS84 authalic radius (within
 * about 0.3% of the ellipsoid for areas the size of a city): per ring, R² |∮ sin φ dλ|, each edge
 * integrated in closed form. Holes subtracted, parts summed, points and lines 0. No validity check.
 */
public final class LonLatPlaneArea {
  /** The WGS84 authalic radius in metres (the sphere of the ellipsoid's area). */
  static final double AUTHALIC_RADIUS = 6_371_007.181;

  private LonLatPlaneArea() {}

  /** Area in m² of a (multi)polygon read as straight edges in longitude/latitude. */
  public static double squareMetres(Geometry lonLat) {
    return PolygonAreas.sum(lonLat, LonLatPlaneArea::ringArea);
  }

  /**
   * R² |Σ ∫ sin φ dλ| over the edges. Along an edge φ is linear in λ, so the integral is
   * Δλ·(cos φ1 − cos φ2)/Δφ = Δλ·sin(φm)·sin(Δφ/2)/(Δφ/2), written the second way so that it stays
   * exact as Δφ goes to 0.
   */
  private static double ringArea(LineString ring) {
    Coordinate[] c = ring.getCoordinates();
    double sum = 0;
    for (int i = 0; i + 1 < c.length; i++) {
      double dLon = Math.toRadians(c[i + 1].x - c[i].x);
      double half = Math.toRadians(c[i + 1].y - c[i].y) / 2;
      double mid = Math.toRadians(c[i + 1].y + c[i].y) / 2;
      double sinc = half == 0 ? 1 : Math.sin(half) / half;
      sum += dLon * Math.sin(mid) * sinc;
    }
    return AUTHALIC_RADIUS * AUTHALIC_RADIUS * Math.abs(sum);
  }
}
