package parcelatlas.io;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** Opens feature files by what they are. CONTRACT STUB: bodies to be written. */
public final class FeatureSources {
  private FeatureSources() {}

  /**
   * Opens a shapefile (a folder holding one, a .zip holding one, or the .shp itself; extensions
   * in any case) or a GeoJSON file (.geojson / .json).
   *
   * @param encodingOverride the DBF charset the user named, or null to detect it
   * @throws BadInputException naming the file when it cannot be opened
   */
  public static FeatureSource open(Path path, Charset encodingOverride) {
    throw new UnsupportedOperationException("stub");
  }
}
