package parcelatlas.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ProjectStage;

/**
 * The README.md of the demo data folder, written from the generated city so that the counts and
 * the lists of deliberate flaws it states are always those of the files beside it.
 */
final class ReadmeText {
  private ReadmeText() {}

  static String of(DemoCity city) {
    StringBuilder md = new StringBuilder();
    md.append("# Demo data: 青岚市 (Qinglan)\n\n")
        .append("Fictional, generated data for a county-level Chinese city around 117.10–117.50°E, "
            + "34.55–34.90°N: industrial parks, land parcels (地块), key projects (重点项目) and "
            + "demolition zones (征收片区) with their weekly reports. Every name of a person, "
            + "company, village or park is invented; any likeness to a real one is chance. "
            + "The data is as of ").append(DemoCity.AS_OF).append(" (a Monday, the last weekly "
            + "report).\n\n")
        .append("Do not edit these files by hand: they are written by "
            + "`parcelatlas.demo.DemoGenerator` from a fixed seed, and a test checks that "
            + "regenerating them gives byte-identical files.\n\n");
    md.append("## Files\n\n| file | content | records |\n|---|---|---|\n");
    row(md, "parks.shp / parks.geojson", "park boundaries (polygons)", city.parks().size());
    row(md, "parcels.shp / parcels.geojson", "parcels (polygons)", city.parcels().size());
    row(md, "projects.shp / projects.geojson", "projects (points)", city.projects().size());
    row(md, "demolition_zones.shp / demolition_zones.geojson", "demolition zones (polygons)",
        city.zones().size());
    row(md, "demolition_reports.csv", "weekly reports, 16 Mondays 2026-08-03 … 2026-11-16",
        city.reports().size());
    row(md, "project_investments.csv", "investment completed per month (not cumulative), "
        + "Jan–Oct 2026, 万元", city.investments().size());
    row(md, "project_milestones.csv", "milestones; actual_date empty when not reached",
        city.milestones().size());
    row(md, "project_issues.csv", "issue lists; closed_on empty while open",
        city.issues().size());
    row(md, "project_stages.csv", "stage history: every project's moves from 谋划 to its stage, dated by "
        + "its milestones", city.stageChanges().size());
    row(md, "project_taxes.csv", "tax paid per month by projects in production (not cumulative), "
        + "Jan–Oct 2026, 万元", city.taxes().size());
    md.append("\n## Coordinates and encodings\n\n")
        .append("- Shapefiles: EPSG:4527, CGCS2000 / 3-degree Gauss-Krüger zone 39 (central "
            + "meridian 117°E, false easting 39 500 000 m), ESRI-style `.prj`. Geometry was drawn "
            + "in these metres, to the millimetre; parcels measured planar in this CRS are "
            + "8–700 亩 (1 亩 = 10000/15 m²), most of them 20–200 亩.\n")
        .append("- GeoJSON: RFC 7946, WGS84 longitude/latitude, reprojected from the shapefiles' "
            + "geometry; feature `id` is the code.\n")
        .append("- DBF text is GBK. `parks.cpg` and `demolition_zones.cpg` say so; "
            + "**`parcels` and `projects` have no `.cpg` on purpose**: the importer must detect "
            + "GBK from the DBF header's code-page byte.\n")
        .append("- Shapefile fields use the Chinese names of the default mappings in "
            + "`src/main/resources/mappings/`; levels, statuses and stages are Chinese labels "
            + "(国家级, 已投产, 开工 …), land use is a code (M1, W …). GeoJSON uses the portal "
            + "field names and codes (national, in_production, started …).\n")
        .append("- DBF header date (last update) is the as-of date, not the day of writing.\n")
        .append("- CSV: UTF-8 without BOM, header row, comma-separated, CRLF, RFC 4180 quoting; "
            + "dates yyyy-MM-dd, months yyyy-MM.\n");
    md.append("\n## Counts\n\nParcels by status:\n\n");
    Map<ParcelStatus, Long> byStatus = new EnumMap<>(ParcelStatus.class);
    city.parcels().forEach(p -> byStatus.merge(p.status(), 1L, Long::sum));
    byStatus.forEach((s, n) -> md.append("- ").append(s.code()).append(" (").append(s.zh())
        .append("): ").append(n).append('\n'));
    md.append("- outside every park (empty 园区编号): ")
        .append(city.parcels().stream().filter(p -> p.parkCode() == null).count()).append('\n');
    md.append("\nProjects by stage:\n\n");
    Map<ProjectStage, Long> byStage = new EnumMap<>(ProjectStage.class);
    city.projects().forEach(p -> byStage.merge(p.stage(), 1L, Long::sum));
    byStage.forEach((s, n) -> md.append("- ").append(s.code()).append(" (").append(s.zh())
        .append("): ").append(n).append('\n'));
    md.append("\nDemolition zones: ").append(city.zones().size()).append(", of which ")
        .append(zoneCount(city, true)).append(" complete and ").append(zoneCount(city, false))
        .append(" overdue (deadline passed, not complete) as of ").append(DemoCity.AS_OF)
        .append("; ").append(city.projects().stream().filter(p -> !p.zoneCodes().isEmpty())
            .count()).append(" projects wait on a zone.\n");
    md.append("\n## Deliberate flaws the importer repairs\n\n")
        .append("Two parcels have invalid rings that a repair (e.g. JTS GeometryFixer) fixes:\n\n");
    for (DemoParcel p : city.parcels()) {
      if (p.isFlawed()) {
        md.append("- `").append(p.code()).append("`: ").append(Plot.BOW_TIE.equals(p.feature())
            ? "self-intersecting bow-tie corner (two vertices in the wrong order)"
            : "spike running 25 m into the plot and back to a repeated vertex").append('\n');
      }
    }
    md.append("\nOther irregularities, all valid: parcels with a hole (a retained transmission "
        + "tower footing or pump station): ").append(codes(city, Plot.TOWER, Plot.PUMP_STATION))
        .append("; MultiPolygons split by a stream: ").append(codes(city, Plot.STREAM))
        .append(".\n\nWeekly reports are cumulative and never above target; exactly two go down, "
            + "each with a note giving the reason:\n\n");
    for (ZoneReport r : city.decreasingReports()) {
      md.append("- ").append(r.zoneCode()).append(' ').append(r.date()).append(": ")
          .append(r.note()).append('\n');
    }
    md.append("\n## Regenerate\n\n```\nmvn -B -q compile\n"
        + "java -cp target/classes:$(mvn -q dependency:build-classpath "
        + "-Dmdep.outputFile=/dev/stdout) parcelatlas.demo.DemoGenerator data/demo\n```\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String file, String content, int count) {
    md.append("| ").append(file).append(" | ").append(content).append(" | ").append(count)
        .append(" |\n");
  }

  /** Zones complete at the last report, or (when {@code complete} is false) overdue. */
  private static long zoneCount(DemoCity city, boolean complete) {
    return city.zones().stream().filter(z -> {
      ZoneReport last = city.reports().stream().filter(r -> r.zoneCode().equals(z.code()))
          .reduce((a, b) -> b).orElseThrow();
      boolean done = last.demolished() == z.targetHouseholds();
      return complete ? done : !done && z.deadline().isBefore(DemoCity.AS_OF);
    }).count();
  }

  private static String codes(DemoCity city, String... features) {
    List<String> wanted = List.of(features);
    return city.parcels().stream()
        .filter(p -> p.feature() != null && wanted.contains(p.feature()))
        .map(p -> "`" + p.code() + "`").collect(Collectors.joining(", "));
  }
}
