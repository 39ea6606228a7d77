package parcelatlas.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole generated city, in memory, before anything is written. Geometries are in EPSG:4527
 * metres. Everything is as of {@link #AS_OF}, the date of the last weekly report.
 */
record DemoCity(
    List<DemoPark> parks,
    List<DemoParcel> parcels,
    List<DemoProject> projects,
    List<DemoZone> zones,
    List<ZoneReport> reports,
    List<ProjectInvestment> investments,
    List<ProjectMilestone> milestones,
    List<ProjectIssue> issues,
    List<StageChangeRow> stageChanges,
    List<ProjectTax> taxes,
    List<DemoContextPoint> contextPoints) {

  /** The "today" of the demo data: a Monday, the last reporting day. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);

  /** Builds the city from the fixed seed; the same every time, on every machine. */
  static DemoCity generate() {
    List<DemoPark> parks = ParkShapes.draw(ParkCatalog.parks());
    List<Plot> plots = ParcelQuirks.apply(ParcelLayout.layout(parks));
    List<DemoParcel> parcels = ParcelAttributes.assign(plots, parks);
    List<DemoProject> unlinked = ProjectGenerator.generate(parks, parcels);
    ZoneGenerator.Result zoned = ZoneGenerator.generate(parks, parcels, unlinked);
    List<DemoProject> projects = zoned.projects();
    List<ProjectMilestone> milestones = ScheduleGenerator.milestones(projects);
    List<ZoneReport> reports = ReportGenerator.generate(zoned.zones());
    List<StageChangeRow> stages = StageGenerator.changes(projects, milestones);
    return new DemoCity(parks, parcels, projects, zoned.zones(), reports,
        ScheduleGenerator.investments(projects, milestones), milestones,
        IssueGenerator.generate(projects, milestones, zoned.zones(), reports), stages,
        StageGenerator.taxes(projects, parcels, stages), ContextGenerator.generate(parks));
  }

  /** The two parcels whose rings are deliberately invalid, in code order. */
  List<String> flawedParcelCodes() {
    return parcels.stream().filter(DemoParcel::isFlawed).map(DemoParcel::code).sorted().toList();
  }

  /** Reports whose figures are lower than the zone's previous report. */
  List<ZoneReport> decreasingReports() {
    List<ZoneReport> down = new java.util.ArrayList<>();
    for (int i = 1; i < reports.size(); i++) {
      ZoneReport before = reports.get(i - 1);
      ZoneReport now = reports.get(i);
      if (before.zoneCode().equals(now.zoneCode())
          && (now.signed() < before.signed() || now.demolished() < before.demolished()
              || now.clearedM2() < before.clearedM2())) {
        down.add(now);
      }
    }
    return down;
  }
}
