package parcelatlas.io.shapefile;

/** The 2D shape types the portal reads and writes, with their shapefile type codes. */
public enum ShapeType {
  POINT(1),
  POLYLINE(3),
  POLYGON(5),
  MULTIPOINT(8);

  private final int code;

  ShapeType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
