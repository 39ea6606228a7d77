package parcelatlas.catalog;

/** The geometry a layer stores: every polygon layer stores MultiPolygons, every point layer Points. */
public enum GeometryKind {
  POLYGON,
  POINT
}
