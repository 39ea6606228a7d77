package parcelatlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Transforms coordinates between two CRSs. CONTRACT STUB: bodies to be written. */
public final class Reprojector {
  public static Reprojector of(Crs from, Crs to) {
    throw new UnsupportedOperationException("stub");
  }

  /** A transformed copy, SRID set to the target's EPSG code. */
  public Geometry apply(Geometry geometry) {
    throw new UnsupportedOperationException("stub");
  }

  public Coordinate apply(Coordinate coordinate) {
    throw new UnsupportedOperationException("stub");
  }
}
