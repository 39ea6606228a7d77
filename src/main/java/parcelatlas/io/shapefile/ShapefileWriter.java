package parcelatlas.io.shapefile;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams features to a shapefile: .shp .shx .dbf, plus .prj (when given) and .cpg.
 * CONTRACT STUB: bodies to be written.
 */
public final class ShapefileWriter implements AutoCloseable {
  /**
   * @param shp path of the .shp to write; siblings get the same base name
   * @param prj WKT for the .prj, or null to write none
   */
  public ShapefileWriter(Path shp, ShapeType type, List<DbfField> fields, Charset encoding, String prj) {
    throw new UnsupportedOperationException("stub");
  }

  /** Writes one record; {@code values} in field order: String, Number, Boolean, LocalDate or null. */
  public void write(Geometry geometry, List<Object> values) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("stub");
  }
}
