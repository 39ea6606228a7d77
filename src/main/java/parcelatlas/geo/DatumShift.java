package parcelatlas.geo;

/**
 * The datum step of a {@link Reprojector}: moves longitude/latitude from the source CRS's
 * datum to the target's, as PROJ 9.1 does by default with no grids installed.
 *
 * <p>Contract: CGCS2000 to WGS 84 is the identity (the two agree to a few centimetres, and PROJ
 * uses a null "ballpark" offset). Beijing 1954 to WGS 84 (4326, 3857, UTM) picks, per point,
 * one of EPSG's regional Helmert transformations or a null offset, as {@link BeijingWgs84}
 * describes. Every other pair across datums (Xi'an 1980 to anything, Beijing 1954 to CGCS2000
 * or Xi'an 1980) is PROJ's ballpark: latitude and longitude are kept, only the ellipsoid they
 * refer to changes. GCJ-02 goes through WGS 84 by removing (or adding) its {@link Gcj02}
 * offset. Implementations are immutable and thread-safe.
 */
interface DatumShift {
  DatumShift IDENTITY = (lonLat, srcX, srcY) -> lonLat;

  /**
   * Shifts {@code lonLat} (degrees, source datum) to the target datum. {@code srcX, srcY} are
   * the point's coordinates in the source CRS, used to choose a regional transformation.
   */
  double[] apply(double[] lonLat, double srcX, double srcY);

  static DatumShift between(Crs from, Crs to) {
    if (from.kind() == Crs.Kind.GCJ02) {
      DatumShift onward = between(Crs.WGS84, to);
      return (lonLat, srcX, srcY) -> onward.apply(Gcj02.toWgs84(lonLat[0], lonLat[1]), srcX, srcY);
    }
    if (to.kind() == Crs.Kind.GCJ02) {
      DatumShift before = between(from, Crs.WGS84);
      return (lonLat, srcX, srcY) -> {
        double[] wgs = before.apply(lonLat, srcX, srcY);
        return Gcj02.fromWgs84(wgs[0], wgs[1]);
      };
    }
    Datum a = from.datum();
    Datum b = to.datum();
    if (a == Datum.BEIJING_1954 && b == Datum.WGS84
        || a == Datum.WGS84 && b == Datum.BEIJING_1954) {
      return BeijingWgs84.prepare(from, to);
    }
    return IDENTITY;
  }
}
