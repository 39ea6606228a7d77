package parcelatlas.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;

/**
 * The set-based figures (a few grouped queries for every township or park at once) give exactly
 * what the row-by-row computation they replaced gave ({@link RowByRowFigures}, kept as the oracle),
 * on the demo city, for several days, every scope and viewers who read every project, one
 * township's or none: every figure, and which figures the small-cell rule withholds.
 */
@Tag("database")
class FiguresSetBasedTest {
  private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-02-15"),
      LocalDate.parse("2026-05-31"), LocalDate.parse("2026-08-20"), LocalDate.parse("2026-11-16"),
      LocalDate.parse("2026-12-31"));
  private static Storage storage;
  private static FigureService service;
  private static RowByRowFigures oracle;
  private static List<Readers> viewers;

  @BeforeAll
  static void load() {
    storage = DemoData.loaded();
    service = new FigureService(storage);
    oracle = new RowByRowFigures(storage);
    List<String> townships = service.townships();
    viewers = List.of(Readers.EVERY_PROJECT, new Readers(false, townships.get(0)),
        new Readers(false, townships.get(townships.size() - 1)), new Readers(false, null));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void every_scope_on_every_day_for_every_viewer_is_what_the_row_by_row_computation_gave() {
    List<String> townships = service.townships();
    List<String> parks = service.parks().stream().map(p -> p[0]).toList();
    int compared = 0;
    int withheld = 0;
    int shownToSome = 0;
    for (LocalDate day : DAYS) {
      for (Readers readers : viewers) {
        assertEquals(oracle.figures(Scope.CITY, day, readers), service.figures(Scope.CITY, day, readers),
            "city on " + day + " for " + readers);
        assertEquals(oracle.figures(Scope.CITY, day, readers),
            service.figuresOf(Scope.Kind.CITY, List.of("city"), day, readers).get("city"));
        List<Figures> expected = new ArrayList<>();
        List<Figures> actual = new ArrayList<>();
        for (Scope.Kind kind : List.of(Scope.Kind.TOWNSHIP, Scope.Kind.PARK)) {
          List<String> names = kind == Scope.Kind.TOWNSHIP ? townships : parks;
          Map<String, Figures> all = service.figuresOf(kind, names, day, readers);
          for (String name : names) {
            Figures old = oracle.figures(new Scope(kind, name), day, readers);
            expected.add(old);
            actual.add(all.get(name));
            assertEquals(old, service.figures(new Scope(kind, name), day, readers), kind + " " + name + " on " + day);
            withheld += old.suppressed().isEmpty() ? 0 : 1;
            shownToSome += !readers.all() && old.suppressed().isEmpty() && old.taxPaidWan() != null
                && old.taxPaidWan() > 0 ? 1 : 0;
            compared++;
          }
        }
        assertEquals(expected, actual, "every township and park on " + day + " for " + readers);
      }
    }
    assertTrue(withheld > 0 && shownToSome > 0, "the demo exercises the small-cell rule both ways: " + withheld
        + " withheld, " + shownToSome + " shown to a viewer who may not read every project, of " + compared);
  }

  @Test
  void every_projects_stage_on_a_day_is_the_one_the_window_query_gave() throws Exception {
    for (LocalDate day : DAYS) {
      List<StageOnDay> expected = storage.read(c -> {
        List<StageOnDay> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(RowByRowSql.STAGES_ON_DAY + RowByRowSql.STAGE_ORDER)) {
          s.setDate(1, Date.valueOf(day));
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              rows.add(new StageOnDay(rs.getString(1), rs.getString(2)));
            }
          }
        }
        return rows;
      });
      assertEquals(expected, service.projectStages(day), "stages on " + day);
      assertTrue(expected.stream().map(StageOnDay::stage).distinct().count() > 2, "several stages on " + day);
    }
  }
}
