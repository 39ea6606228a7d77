package parcelatlas.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;

/**
 * What to import and how.
 *
 * @param crs the source CRS the user named, or null to read it from the file
 * @param encoding the DBF charset the user named, or null to detect it
 * @param mapping a mapping file laid over the layer's default mapping, or null
 * @param dryRun report without writing
 * @param actor who imports, for the import log
 */
public record ImportOptions(
    Layer layer, Path file, Crs crs, Charset encoding, Path mapping, boolean dryRun, String actor,
    ProgressListener progress) {

  public static ImportOptions of(Layer layer, Path file) {
    return new ImportOptions(layer, file, null, null, null, false, "cli", ProgressListener.NONE);
  }

  public ImportOptions withCrs(Crs value) {
    return new ImportOptions(layer, file, value, encoding, mapping, dryRun, actor, progress);
  }

  public ImportOptions withEncoding(Charset value) {
    return new ImportOptions(layer, file, crs, value, mapping, dryRun, actor, progress);
  }

  public ImportOptions withMapping(Path value) {
    return new ImportOptions(layer, file, crs, encoding, value, dryRun, actor, progress);
  }

  public ImportOptions withDryRun(boolean value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, value, actor, progress);
  }

  public ImportOptions withProgress(ProgressListener value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, dryRun, actor, value);
  }
}
