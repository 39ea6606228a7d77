/**
 * Shapefiles read and written in pure Java: .shp/.shx geometry, .dbf attributes in any code page
 * (from the option, the .cpg, the DBF language-driver byte, or a UTF-8/GB18030 guess), .prj and
 * .cpg sidecars. Streaming both ways.
 */
package parcelatlas.io.shapefile;
