package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parcelatlas.figures.Disclosure.Contribution;

/** The small-cell rule on hand-made contributions: who sees a sum, and which differences it closes. */
class DisclosureTest {
  private static final LocalDate JAN = LocalDate.parse("2026-01-01");
  private static final LocalDate FEB = LocalDate.parse("2026-02-01");
  private static final Readers JIA = new Readers(false, "甲镇");

  private static List<Contribution> of(Object... projectTownshipMonth) {
    List<Contribution> list = new ArrayList<>();
    for (int i = 0; i < projectTownshipMonth.length; i += 3) {
      list.add(new Contribution((Integer) projectTownshipMonth[i], (String) projectTownshipMonth[i + 1],
          (LocalDate) projectTownshipMonth[i + 2]));
    }
    return list;
  }

  @Test
  void a_sum_of_projects_the_viewer_may_read_is_always_shown() {
    assertTrue(Disclosure.shown(of(1, "甲镇", JAN), JIA, false));
    assertTrue(Disclosure.shown(of(1, "乙镇", JAN), Readers.EVERY_PROJECT, true));
    assertTrue(Disclosure.shown(of(), new Readers(false, null), true), "nothing to give away");
  }

  @Test
  void a_sum_of_one_or_two_unreadable_projects_is_withheld_and_three_are_shown() {
    assertFalse(Disclosure.shown(of(1, "乙镇", JAN), JIA, false));
    assertFalse(Disclosure.shown(of(1, "乙镇", JAN, 2, "乙镇", JAN), JIA, false));
    assertTrue(Disclosure.shown(of(1, "乙镇", JAN, 2, "乙镇", JAN, 3, "乙镇", JAN), JIA, false));
    assertFalse(Disclosure.shown(of(1, "乙镇", JAN), new Readers(false, null), false), "a park official reads none");
  }

  @Test
  void the_viewers_own_projects_do_not_count_towards_the_three() {
    assertFalse(Disclosure.shown(of(1, "甲镇", JAN, 2, "甲镇", JAN, 3, "乙镇", JAN), JIA, false),
        "the sum minus 甲镇's own two is 乙镇's one");
  }

  @Test
  void a_month_paid_by_one_unreadable_project_is_withheld_as_the_difference_of_two_days_would_show_it() {
    assertFalse(Disclosure.shown(of(1, "乙镇", JAN, 2, "乙镇", JAN, 3, "乙镇", JAN, 1, "乙镇", FEB), JIA, false));
  }

  @Test
  void the_city_is_withheld_when_the_townships_withheld_from_the_viewer_hold_one_or_two_projects() {
    List<Contribution> city = of(1, "乙镇", JAN, 2, "乙镇", JAN, 3, "乙镇", JAN, 4, "丙镇", JAN);
    assertFalse(Disclosure.shown(city, JIA, true), "city minus 乙镇 (shown) minus own = 丙镇's one project");
    List<Contribution> three = new ArrayList<>(city);
    three.addAll(of(5, "丁镇", JAN, 6, null, JAN));
    assertTrue(Disclosure.shown(three, JIA, true), "丙镇, 丁镇 and the project without a township: three together");
  }
}
