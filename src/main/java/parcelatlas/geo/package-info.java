/**
 * Coordinate reference systems the portal meets in Chinese data (CGCS2000, Beijing 1954, Xi'an
 * 1980 and their Gauss-Krüger zones; WGS84, UTM, Web Mercator): identification from EPSG codes
 * and .prj WKT, reprojection that agrees with PROJ to well under a millimetre, and areas on the
 * WGS84 ellipsoid.
 */
package parcelatlas.geo;
