package parcelatlas.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import parcelatlas.catalog.Layer;
import parcelatlas.geo.Crs;

/**
 * What to import and how.
 *
 * @param crs the source CRS the user named, or null to read it from the file
 * @param encoding the DBF charset the user named, or null to detect it
 * @param mapping a mapping file laid over the layer's default mapping, or null
 * @param mappingChoices source field → portal field ("" to ignore it), laid over both; empty for none
 * @param dryRun report without writing
 * @param actor who imports, for the import log
 * @param constants portal field → the one value (as text, parsed like a file's) every record gets,
 *     in place of any source field; empty for none
 */
public record ImportOptions(
    Layer layer, Path file, Crs crs, Charset encoding, Path mapping, Map<String, String> mappingChoices,
    boolean dryRun, String actor, ProgressListener progress, Map<String, String> constants) {

  public ImportOptions {
    mappingChoices = Map.copyOf(mappingChoices);
    constants = Map.copyOf(constants);
  }

  public static ImportOptions of(Layer layer, Path file) {
    return new ImportOptions(layer, file, null, null, null, Map.of(), false, "cli", ProgressListener.NONE, Map.of());
  }

  public ImportOptions withMappingChoices(Map<String, String> value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, value, dryRun, actor, progress, constants);
  }

  public ImportOptions withActor(String value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, mappingChoices, dryRun, value, progress, constants);
  }

  public ImportOptions withCrs(Crs value) {
    return new ImportOptions(layer, file, value, encoding, mapping, mappingChoices, dryRun, actor, progress, constants);
  }

  public ImportOptions withEncoding(Charset value) {
    return new ImportOptions(layer, file, crs, value, mapping, mappingChoices, dryRun, actor, progress, constants);
  }

  public ImportOptions withMapping(Path value) {
    return new ImportOptions(layer, file, crs, encoding, value, mappingChoices, dryRun, actor, progress, constants);
  }

  public ImportOptions withDryRun(boolean value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, mappingChoices, value, actor, progress, constants);
  }

  public ImportOptions withProgress(ProgressListener value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, mappingChoices, dryRun, actor, value, constants);
  }

  public ImportOptions withConstants(Map<String, String> value) {
    return new ImportOptions(layer, file, crs, encoding, mapping, mappingChoices, dryRun, actor, progress, value);
  }
}
