package parcelatlas.importer;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param crsSource "option", "prj", "geojson crs" or "rfc7946"
 * @param repaired how many geometries were repaired
 * @param repairGroups the repairs by kind, each with its count and first few records
 */
public record ImportReport(
    String layer, String file, String crs, String crsSource, String encoding, String encodingSource,
    long records, long inserted, long updated, long repaired, List<RepairGroup> repairGroups,
    List<String> ignoredFields, List<ImportWarning> warnings, boolean dryRun) {

  /** A short human summary, several lines. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(dryRun ? "Dry run (nothing written): " : "Imported ")
        .append(records).append(" records of ").append(layer).append(" from ").append(file).append('\n')
        .append("  CRS ").append(crs).append(" (from ").append(crsSource).append("), encoding ")
        .append(encoding).append(" (from ").append(encodingSource).append(")\n")
        .append("  ").append(inserted).append(" new, ").append(updated).append(" updated\n");
    if (repaired > 0) {
      out.append("  repaired ").append(repaired).append(" invalid geometries:\n");
      for (RepairGroup group : repairGroups) {
        out.append("    ").append(group.kind()).append(": ").append(group.count()).append('\n');
        group.examples().forEach(r -> out.append("      record ").append(r.record()).append(" (").append(r.code())
            .append("): ").append(r.problem()).append('\n'));
        if (group.count() > group.examples().size()) {
          out.append("      … and ").append(group.count() - group.examples().size()).append(" more\n");
        }
      }
    }
    if (!ignoredFields.isEmpty()) {
      out.append("  ignored fields: ").append(String.join(", ", ignoredFields)).append('\n');
    }
    warnings.forEach(w -> out.append("  warning: ").append(w.message()).append('\n'));
    return out.toString();
  }
}
