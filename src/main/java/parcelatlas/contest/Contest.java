package parcelatlas.contest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Figures;
import parcelatlas.figures.Rankings;
import parcelatlas.figures.Readers;
import parcelatlas.figures.Scope;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;
import parcelatlas.storage.StorageException;

/**
 * The quarterly contest of townships and of parks: scored by {@link ContestRule} on the figures
 * {@link FigureService} computes (the rankings' figures, as those who may read every project see
 * them, so the result is the same for every viewer) on the quarter's last day — or on today for the
 * quarter still running ({@code provisional}). A published quarter is read back as stored.
 */
public final class Contest {
  /** What is contested: townships or parks, by their wire names. */
  public static final Map<String, Rankings.Of> KINDS = Map.of("townships", Rankings.Of.TOWNSHIPS,
      "parks", Rankings.Of.PARKS);

  /**
   * One quarter's result for townships or parks. {@code publishedBy}, {@code publishedAt} null
   * unless published; {@code settings} the rule's settings it was scored by.
   */
  public record Result(Quarter quarter, String of, LocalDate asOf, boolean provisional, boolean published,
      String publishedBy, Instant publishedAt, ContestRule.Settings settings, List<ContestRule.Standing> standings) {}

  private final Storage storage;
  private final FigureService figures;
  private final ContestSettings settings;

  public Contest(Storage storage, FigureService figures) {
    this.storage = storage;
    this.figures = figures;
    this.settings = new ContestSettings(storage);
  }

  public ContestSettings settings() {
    return settings;
  }

  /** The published result, else the result computed now from the records and the current settings. */
  public Result result(Quarter quarter, String of, LocalDate today) {
    return published(quarter, of).orElseGet(() -> live(quarter, of, today, settings.current()));
  }

  /** The published result of the quarter, as stored; empty when it is not published. */
  public Optional<Result> published(Quarter quarter, String of) {
    return storage.read(c -> {
      Optional<ContestArchive.Publication> p = ContestArchive.publication(c, quarter);
      if (p.isEmpty()) {
        return Optional.<Result>empty();
      }
      return Optional.of(new Result(quarter, of, p.get().asOf(), false, true, p.get().publishedBy(),
          p.get().publishedAt(), p.get().settings(), ContestArchive.standings(c, quarter, of)));
    });
  }

  /** Every published quarter, newest first. */
  public List<Quarter> publishedQuarters() {
    return storage.read(ContestArchive::quarters);
  }

  /**
   * Publishes the quarter (it must have ended before {@code today}: the caller checks), storing
   * the townships' and parks' results as computed now; audited. Empty when it was published already.
   */
  public Optional<Result> publish(String actor, Quarter quarter, LocalDate today, Instant now) {
    ContestRule.Settings rule = settings.current();
    Map<String, List<ContestRule.Standing>> standings = new LinkedHashMap<>();
    KINDS.keySet().stream().sorted().forEach(of -> standings.put(of, live(quarter, of, today, rule).standings()));
    ContestArchive.Publication publication = new ContestArchive.Publication(quarter, quarter.end(), actor, now, rule);
    boolean done;
    try {
      done = storage.inTransaction(c -> {
        if (ContestArchive.exists(c, quarter)) {
          return false;
        }
        ContestArchive.insert(c, publication, standings);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("quarter", quarter.toString());
        audited.put("asOf", quarter.end().toString());
        audited.put("settings", rule);
        audited.put("standings", standings);
        AuditTrail.record(c, actor, "publish", "contest", quarter.toString(), null, audited);
        return true;
      });
    } catch (StorageException e) {
      if (!duplicateKey(e)) {
        throw e;
      }
      done = false; // another node published the quarter between the check and the insert
    }
    return done ? published(quarter, "townships") : Optional.empty();
  }

  /** True when a unique key refused the write (SQLState 23505 on H2 and PostgreSQL alike). */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private Result live(Quarter quarter, String of, LocalDate today, ContestRule.Settings rule) {
    boolean running = !quarter.end().isBefore(today);
    LocalDate day = running ? today : quarter.end();
    Rankings.Of what = KINDS.get(of);
    Map<String, String> labels = new LinkedHashMap<>();
    if (what == Rankings.Of.TOWNSHIPS) {
      figures.townships().forEach(t -> labels.put(t, t));
    } else {
      figures.parks().forEach(p -> labels.put(p[0], p[1] == null ? p[0] : p[1]));
    }
    Scope.Kind kind = what == Rankings.Of.TOWNSHIPS ? Scope.Kind.TOWNSHIP : Scope.Kind.PARK;
    Map<String, Figures> measured = figures.figuresOf(kind, new ArrayList<>(labels.keySet()), day,
        Readers.EVERY_PROJECT);
    List<ContestRule.Standing> standings = ContestRule.standings(measured, labels,
        what == Rankings.Of.TOWNSHIPS ? Rankings.METRICS : Rankings.PARK_METRICS, rule);
    return new Result(quarter, of, day, running, false, null, null, rule, standings);
  }
}
