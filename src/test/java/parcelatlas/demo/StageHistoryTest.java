package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import parcelatlas.domain.ProjectStage;

/** The demo's stage histories agree with the projects' stages and milestones; taxes with production. */
class StageHistoryTest {
  private final DemoCity city = GeneratedCity.get();

  private List<StageChangeRow> history(String project) {
    return city.stageChanges().stream().filter(c -> c.projectCode().equals(project)).toList();
  }

  @Test
  void every_project_moves_one_stage_at_a_time_from_planned_to_its_stage_never_going_back_in_time() {
    for (DemoProject p : city.projects()) {
      List<StageChangeRow> h = history(p.code());
      assertEquals(p.stage().ordinal() + 1, h.size(), p.code());
      for (int i = 0; i < h.size(); i++) {
        assertEquals(ProjectStage.values()[i].code(), h.get(i).stage(), p.code());
        assertFalse(h.get(i).effective().isAfter(DemoCity.AS_OF), p.code());
        if (i > 0) {
          assertFalse(h.get(i).effective().isBefore(h.get(i - 1).effective()), p.code() + " " + h.get(i).stage());
        }
      }
    }
  }

  @Test
  void a_stage_change_is_dated_by_the_milestone_that_marks_it() {
    for (StageChangeRow c : city.stageChanges()) {
      String milestone = switch (c.stage()) {
        case "started" -> "开工";
        case "in_production" -> "投产";
        default -> null;
      };
      if (milestone != null) {
        LocalDate actual = city.milestones().stream().filter(m -> m.projectCode().equals(c.projectCode())
            && m.name().equals(milestone)).findFirst().orElseThrow().actual();
        assertEquals(actual, c.effective(), c.projectCode() + " " + c.stage());
      }
    }
  }

  @Test
  void only_projects_in_production_pay_tax_and_only_after_they_started_producing() {
    assertFalse(city.taxes().isEmpty());
    for (ProjectTax t : city.taxes()) {
      DemoProject p = city.projects().stream().filter(x -> x.code().equals(t.projectCode())).findFirst().orElseThrow();
      assertEquals(ProjectStage.IN_PRODUCTION, p.stage(), t.projectCode());
      LocalDate producing = history(p.code()).get(ProjectStage.IN_PRODUCTION.ordinal()).effective();
      assertTrue(t.month().isAfter(YearMonth.from(producing)), t.projectCode() + " " + t.month());
      assertTrue(t.paidWan() > 0, t.projectCode());
    }
  }
}
