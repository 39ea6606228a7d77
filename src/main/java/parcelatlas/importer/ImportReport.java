package parcelatlas.importer;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param crsSource "option", "prj", "geojson crs" or "rfc7946"
 */
public record ImportReport(
    String layer, String file, String crs, String crsSource, String encoding, String encodingSource,
    long records, long inserted, long updated, List<Repair> repairs, List<String> ignoredFields,
    List<ImportWarning> warnings, boolean dryRun) {

  /** A short human summary, several lines. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(dryRun ? "Dry run (nothing written): " : "Imported ")
        .append(records).append(" records of ").append(layer).append(" from ").append(file).append('\n')
        .append("  CRS ").append(crs).append(" (from ").append(crsSource).append("), encoding ")
        .append(encoding).append(" (from ").append(encodingSource).append(")\n")
        .append("  ").append(inserted).append(" new, ").append(updated).append(" updated\n");
    if (!repairs.isEmpty()) {
      out.append("  repaired ").append(repairs.size()).append(" invalid geometries:\n");
      repairs.forEach(r -> out.append("    record ").append(r.record()).append(" (").append(r.code())
          .append("): ").append(r.problem()).append('\n'));
    }
    if (!ignoredFields.isEmpty()) {
      out.append("  ignored fields: ").append(String.join(", ", ignoredFields)).append('\n');
    }
    warnings.forEach(w -> out.append("  warning: ").append(w.message()).append('\n'));
    return out.toString();
  }
}
