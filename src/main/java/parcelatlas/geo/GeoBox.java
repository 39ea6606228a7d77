package parcelatlas.geo;

/**
 * A longitude/latitude bounding box in degrees (west &lt;= east, no antimeridian crossing), as
 * EPSG records areas of use.
 *
 * <p>Contract: immutable. {@link #pseudoArea()} is the integral of cos(latitude) over the box,
 * the measure PROJ uses to rank candidate operations by how much of the area of interest they
 * cover; it is proportional to, not equal to, an area on the sphere.
 */
record GeoBox(double west, double south, double east, double north) {
  static final GeoBox WORLD = new GeoBox(-180, -90, 180, 90);

  boolean isWorld() {
    return west == -180 && south == -90 && east == 180 && north == 90;
  }

  boolean intersects(GeoBox o) {
    return west < o.east && o.west < east && south < o.north && o.south < north;
  }

  /** The common part, or null when the boxes do not overlap. */
  GeoBox intersection(GeoBox o) {
    if (!intersects(o)) {
      return null;
    }
    return new GeoBox(
        Math.max(west, o.west), Math.max(south, o.south),
        Math.min(east, o.east), Math.min(north, o.north));
  }

  double pseudoArea() {
    return (east - west)
        * (Math.sin(Math.toRadians(north)) - Math.sin(Math.toRadians(south)));
  }
}
