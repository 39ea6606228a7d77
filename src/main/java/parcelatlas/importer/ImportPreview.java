package parcelatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.catalog.Field;
import parcelatlas.io.BadInputException;
import parcelatlas.storage.FeatureRow;
import parcelatlas.storage.Storage;

/**
 * What importing a file would do, found by a dry run of the real importer (same rules, nothing
 * written): the CRS and encoding used and where they came from, where each source field goes,
 * the first features in EPSG:4326, and every problem the import would be refused for.
 *
 * @param readable false when the file could not be opened at all (not a zip, a zip bomb, a
 *     shapefile missing its .dbf, …); then only {@code file} and {@code problems} are known
 * @param crs "EPSG:n", or null when it could not be settled
 * @param records the records read by the dry run (or the count the file states, -1 if unknown,
 *     when the run stopped early)
 * @param inserted new features the import would add; -1 when it would be refused
 * @param updated existing features (same code) it would update; -1 when it would be refused
 * @param problemCounts code → how many problems of that code (all of them; {@code problems} lists
 *     the first ones and a few examples of each code)
 * @param refused the first refused records that have a geometry, for the map, with their problems
 * @param repaired the geometries repaired (also when the import would be refused)
 * @param repairGroups the same repairs by kind
 * @param diff new / changed / unchanged / absent rows by code; null when it would be refused
 */
public record ImportPreview(
    boolean readable, String layer, String file, String crs, String crsSource, String encoding,
    String encodingSource, List<MappedField> fields, List<PortalField> unmapped, long records,
    long inserted, long updated, long repaired, List<ImportWarning> warnings, List<FeatureRow> features,
    List<BadInputException> problems, Map<String, Long> problemCounts, List<RefusedFeature> refused,
    List<RepairGroup> repairGroups, ReimportDiff.Counts diff) {

  /** The first features a preview carries. */
  public static final int MAX_FEATURES = 50;

  /** A source field, the portal field it feeds (null: ignored) and a sample value (null: all empty). */
  public record MappedField(String source, String portal, String sample) {}

  /** A refused record as far as it could be read, and why it was refused. */
  public record RefusedFeature(FeatureRow row, List<BadInputException> problems) {}

  /** A portal field of the layer. */
  public record PortalField(String name, boolean required) {}

  /** True when committing with the same choices would land. */
  public boolean ok() {
    return readable && problems.isEmpty();
  }

  /** Dry-runs the import described by {@code options} and reports what it saw. */
  public static ImportPreview run(Storage storage, ImportOptions options) {
    PreviewObserver seen = new PreviewObserver(MAX_FEATURES, new ReimportDiff(options.layer()));
    ImportReport report = null;
    List<BadInputException> problems = new ArrayList<>();
    Map<String, Long> counts = null;
    try {
      report = LayerImporter.run(storage, options.withDryRun(true), seen);
    } catch (ImportFailedException e) {
      problems.addAll(e.problems());
      counts = e.counts();
    } catch (BadInputException e) {
      problems.add(e);
    }
    if (counts == null) {
      counts = new ImportFailedException(problems).counts();
    }
    if (!seen.wasOpened()) {
      return unreadable(options.layer().id(), options.file().getFileName().toString(), problems);
    }
    List<RefusedFeature> refused = seen.refusedFeatures();
    if (report == null && seen.features().isEmpty() && refused.isEmpty()) {
      refused = seen.unconverted(options.layer().geometry(), problems);
    }
    Map<String, String> targets = LayerImporter.mapping(options).describe(seen.fieldNames());
    List<MappedField> fields = new ArrayList<>();
    targets.forEach((source, portal) -> fields.add(new MappedField(source, portal, seen.samples().get(source))));
    Set<String> fed = Set.copyOf(targets.values().stream().filter(p -> p != null).toList());
    List<PortalField> unmapped = options.layer().fields().stream().filter(f -> !fed.contains(f.name()))
        .map(ImportPreview::portal).toList();
    return new ImportPreview(true, options.layer().id(), seen.fileName(), seen.crs(), seen.crsSource(),
        seen.encoding(), seen.encodingSource(), fields, unmapped,
        report == null ? seen.recordCount() : report.records(),
        report == null ? -1 : report.inserted(), report == null ? -1 : report.updated(),
        seen.repairs().count(), report == null ? List.of() : report.warnings(),
        List.copyOf(seen.features()), List.copyOf(problems), counts, List.copyOf(refused),
        seen.repairs().groups(), report == null ? null : seen.diff());
  }

  /** A file that cannot be opened at all. */
  public static ImportPreview unreadable(String layer, String file, List<BadInputException> problems) {
    return new ImportPreview(false, layer, file, null, null, null, null, List.of(), List.of(), -1, -1, -1,
        0, List.of(), List.of(), List.copyOf(problems), new ImportFailedException(problems).counts(),
        List.of(), List.of(), null);
  }

  /** The layer's fields, for a mapping table's choices. */
  public static List<PortalField> portalFields(parcelatlas.catalog.Layer layer) {
    return layer.fields().stream().map(ImportPreview::portal).toList();
  }

  private static PortalField portal(Field field) {
    return new PortalField(field.name(), field.required());
  }
}
