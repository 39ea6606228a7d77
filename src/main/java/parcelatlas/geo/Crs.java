package parcelatlas.geo;

/**
 * A coordinate reference system known to the portal, identified by its EPSG code.
 * Axis order is always x = easting/longitude, y = northing/latitude, whatever EPSG says.
 * CONTRACT STUB: bodies to be written.
 */
public final class Crs {
  public static final Crs WGS84 = null;

  public static Crs epsg(int code) {
    throw new UnsupportedOperationException("stub");
  }

  /** "EPSG:4527", "4527", "urn:ogc:def:crs:EPSG::4527", "http://www.opengis.net/def/crs/EPSG/0/4527", "CRS84". */
  public static Crs parse(String text) {
    throw new UnsupportedOperationException("stub");
  }

  /** From the WKT of a .prj file, EPSG-style (with AUTHORITY) or ESRI-style (as ArcGIS/QGIS write). */
  public static Crs fromPrj(String wkt) {
    throw new UnsupportedOperationException("stub");
  }

  public int epsg() {
    throw new UnsupportedOperationException("stub");
  }

  public String name() {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isGeographic() {
    throw new UnsupportedOperationException("stub");
  }

  /** ESRI-style WKT for a .prj, which GDAL identifies as this EPSG code. */
  public String toPrj() {
    throw new UnsupportedOperationException("stub");
  }
}
