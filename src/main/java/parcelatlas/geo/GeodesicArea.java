package parcelatlas.geo;

import org.locationtech.jts.geom.Geometry;

/** Area on the WGS84 ellipsoid. CONTRACT STUB: bodies to be written. */
public final class GeodesicArea {
  private GeodesicArea() {}

  /** Area in m² of a (multi)polygon in WGS84 longitude/latitude; holes subtracted; 0 for points/lines. */
  public static double squareMetres(Geometry lonLat) {
    throw new UnsupportedOperationException("stub");
  }
}
