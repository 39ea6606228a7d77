package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ProjectStage;

class ProjectConsistencyTest {
  private final DemoCity city = GeneratedCity.get();
  private final Map<String, DemoParcel> parcels = city.parcels().stream()
      .collect(Collectors.toMap(DemoParcel::code, Function.identity()));

  @Test
  void a_projects_stage_matches_the_status_of_the_parcels_it_occupies() {
    Map<ProjectStage, Set<ParcelStatus>> allowed = Map.of(
        ProjectStage.IN_PRODUCTION, Set.of(ParcelStatus.IN_PRODUCTION),
        ProjectStage.COMPLETED, Set.of(ParcelStatus.UNDER_CONSTRUCTION),
        ProjectStage.STARTED, Set.of(ParcelStatus.UNDER_CONSTRUCTION),
        ProjectStage.LAND_SECURED, Set.of(ParcelStatus.TRANSFERRED, ParcelStatus.IDLE),
        ProjectStage.SIGNED, Set.of(ParcelStatus.LISTED),
        ProjectStage.PLANNED, Set.of());
    Set<String> used = new HashSet<>();
    for (DemoProject project : city.projects()) {
      if (project.stage().atLeast(ProjectStage.LAND_SECURED)) {
        assertFalse(project.parcelCodes().isEmpty(), project.code());
      }
      for (String code : project.parcelCodes()) {
        DemoParcel parcel = parcels.get(code);
        assertNotNull(parcel, code);
        assertTrue(allowed.get(project.stage()).contains(parcel.status()), project.code());
        assertEquals(project.parkCode(), parcel.parkCode(), project.code());
        assertTrue(used.add(code), code + " is occupied twice");
      }
    }
    assertTrue(city.projects().stream().anyMatch(p -> p.stage() == ProjectStage.SIGNED
        && p.parcelCodes().isEmpty()), "some signed projects have no parcel yet");
  }

  @Test
  void a_projects_point_lies_in_its_first_parcel_or_else_in_its_park() {
    for (DemoProject project : city.projects()) {
      if (project.parcelCodes().isEmpty()) {
        DemoPark park = city.parks().stream()
            .filter(p -> p.code().equals(project.parkCode())).findFirst().orElseThrow();
        assertTrue(park.boundary().covers(project.location()), project.code());
      } else {
        assertTrue(parcels.get(project.parcelCodes().get(0)).geometry()
            .covers(project.location()), project.code());
      }
    }
  }

  @Test
  void linked_zones_exist_and_some_projects_wait_on_them() {
    Set<String> zones = city.zones().stream().map(DemoZone::code).collect(Collectors.toSet());
    long waiting = city.projects().stream().filter(p -> !p.zoneCodes().isEmpty()).count();
    assertTrue(waiting >= 10, waiting + " waiting");
    city.projects().forEach(p -> assertTrue(zones.containsAll(p.zoneCodes()), p.code()));
  }

  @Test
  void planned_dates_fall_in_2025_to_2027_and_in_order() {
    for (DemoProject p : city.projects()) {
      for (LocalDate d : List.of(p.plannedStart(), p.plannedCompletion(), p.plannedProduction())) {
        assertTrue(d.getYear() >= 2025 && d.getYear() <= 2027, p.code() + " " + d);
      }
      assertTrue(p.plannedStart().isBefore(p.plannedCompletion()), p.code());
      assertFalse(p.plannedProduction().isBefore(p.plannedCompletion()), p.code());
    }
  }

  @Test
  void every_project_has_five_to_eight_milestones_reached_in_order_and_fitting_its_stage() {
    Map<String, List<ProjectMilestone>> byProject = city.milestones().stream()
        .collect(Collectors.groupingBy(ProjectMilestone::projectCode));
    for (DemoProject p : city.projects()) {
      List<ProjectMilestone> list = byProject.get(p.code());
      assertTrue(list.size() >= 5 && list.size() <= 8, p.code());
      LocalDate previous = LocalDate.MIN;
      boolean open = false;
      for (ProjectMilestone m : list) {
        assertEquals(list.indexOf(m) + 1, m.seq());
        if (m.actual() == null) {
          open = true;
          continue;
        }
        assertFalse(open, p.code() + " reached " + m.name() + " after skipping one");
        assertFalse(m.actual().isBefore(previous) || m.actual().isAfter(DemoCity.AS_OF));
        previous = m.actual();
      }
      boolean produced = list.stream().anyMatch(m -> m.name().equals("投产") && m.actual() != null);
      assertEquals(p.stage() == ProjectStage.IN_PRODUCTION, produced, p.code());
      boolean signed = list.get(0).actual() != null;
      assertEquals(p.stage().atLeast(ProjectStage.SIGNED), signed, p.code());
    }
    assertTrue(city.milestones().stream().anyMatch(m -> m.actual() != null
        && m.actual().isAfter(m.planned().plusDays(30))), "some milestones are late");
  }

  @Test
  void investments_are_monthly_in_2026_for_signed_projects_only() {
    Map<String, DemoProject> projects = city.projects().stream()
        .collect(Collectors.toMap(DemoProject::code, Function.identity()));
    for (ProjectInvestment i : city.investments()) {
      assertTrue(projects.get(i.projectCode()).stage().atLeast(ProjectStage.SIGNED));
      assertFalse(i.month().isBefore(YearMonth.of(2026, 1)) || i.month().isAfter(
          YearMonth.of(2026, 10)), i.toString());
      assertTrue(i.completedWan() >= 0, i.toString());
    }
  }

  @Test
  void issue_lists_have_up_to_four_items_and_closed_ones_say_how() {
    Map<String, Long> counts = city.issues().stream()
        .collect(Collectors.groupingBy(ProjectIssue::projectCode, Collectors.counting()));
    counts.values().forEach(n -> assertTrue(n <= 4));
    for (ProjectIssue issue : city.issues()) {
      assertFalse(issue.raisedOn().isAfter(DemoCity.AS_OF), issue.toString());
      if (issue.closedOn() == null) {
        assertEquals("", issue.resolution());
      } else {
        assertFalse(issue.closedOn().isBefore(issue.raisedOn()), issue.toString());
        assertFalse(issue.closedOn().isAfter(DemoCity.AS_OF), issue.toString());
        assertFalse(issue.resolution().isEmpty(), issue.toString());
      }
    }
    assertTrue(city.issues().stream().anyMatch(i -> i.closedOn() != null));
    assertTrue(city.issues().stream().anyMatch(i -> i.closedOn() == null));
  }
}
