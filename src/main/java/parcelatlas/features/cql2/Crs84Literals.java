package parcelatlas.features.cql2;

import org.locationtech.jts.geom.Geometry;

/** {@link LiteralCrs#CRS84}: longitude within ±180, latitude within ±90, no transformation. */
final class Crs84Literals implements LiteralCrs {
  @Override
  public void check(double lon, double lat) {
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      throw new IllegalArgumentException("coordinates are longitude, latitude (CRS84) within ±180, ±90");
    }
  }

  @Override
  public Geometry toLonLat(Geometry written) {
    return written;
  }

  @Override
  public boolean keepsBoxes() {
    return true;
  }
}
