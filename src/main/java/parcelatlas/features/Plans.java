package parcelatlas.features;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import parcelatlas.storage.SqlWork;

/**
 * How PostgreSQL plans a feature query's page and count, which pgjdbc prepares on the server
 * ({@link FeatureQuery#plans}). Left to itself ({@link #AUTO}) PostgreSQL plans the first five
 * executions for their values, then keeps one plan for every value (generic) if its estimate is no
 * dearer. Both outcomes go wrong for some shapes of a statement: a bound {@code LIMIT} makes the
 * generic plan of a sorted page look ten times dearer than it is, so it is planned again at every
 * execution even where the plan never changes (about half the database's CPU of a search); a bound
 * bounding box makes it look like one row, so it is kept, and a city-wide box then walks the
 * spatial index and sorts every parcel (2.6 s at 1M parcels instead of 50 ms). A query that knows
 * which case it is says so: {@link #ONCE} or {@link #EACH_TIME}.
 *
 * <p>On PostgreSQL the choice is {@code SET LOCAL plan_cache_mode} in a transaction around the
 * query's statements ({@link #within}): two more round trips (the setting, with pgjdbc's BEGIN; the
 * COMMIT), the values still bound. Not inside the page's statement text: pgjdbc sends a Sync between
 * the statements of one text when the second's rows have no bounded size (as the page's), which
 * ends the implicit transaction and the setting with it. H2 has no plan cache of this kind: there
 * the work runs as it is.
 */
public enum Plans {
  /** PostgreSQL's own choice (plan_cache_mode {@code auto}). */
  AUTO(null),
  /** One plan for every value: the shape's best plan does not depend on its values. */
  ONCE("force_generic_plan"),
  /** Planned for its values at each execution: the best plan depends on them. */
  EACH_TIME("force_custom_plan");

  /**
   * A box of at least this many square degrees (about a 50 km square in China) is planned for its
   * values ({@link #forBox}): past five small boxes on a connection PostgreSQL keeps the generic plan
   * (the spatial index, then a sort of every row in the box), which a city-wide box turns into a
   * sort of the whole layer (130 ms against 51 ms planned for the box at 100k parcels; the investor
   * search's 2.6 s at 1M). Smaller boxes keep PostgreSQL's choice: planning each would cost more
   * than such a page's whole reading. The investor search follows the same rule (at 1M parcels a
   * generic plan of its 0.03°–0.5° boxes read the page as fast as a custom one, 0.2–10 ms;
   * src/test/bench/docs/investor-history.md, Dec 7).
   */
  public static final double WIDE_BOX_DEG2 = 0.25;

  private final String mode;

  Plans(String mode) {
    this.mode = mode;
  }

  /** {@link #EACH_TIME} for a box (degrees, west to east across the antimeridian too) of {@link #WIDE_BOX_DEG2} or more, else {@link #AUTO}. */
  public static Plans forBox(double west, double south, double east, double north) {
    double width = east >= west ? east - west : east + 360 - west;
    return width * (north - south) >= WIDE_BOX_DEG2 ? EACH_TIME : AUTO;
  }

  /** The statement that sets this choice for the rest of the transaction, or null for {@link #AUTO}. */
  public String setting() {
    return mode == null ? null : "SET LOCAL plan_cache_mode = " + mode;
  }

  /**
   * Runs {@code work} on {@code c} (in autocommit) planned by {@code plans}: on PostgreSQL, unless
   * {@link #AUTO}, in one transaction led by {@link #setting}, committed when the work returns and
   * rolled back when it throws; {@code c} is in autocommit again after either. Otherwise as it is.
   * A failure is thrown as it came, what failed after it (a rollback or the autocommit on a
   * connection the database ended) added as suppressed: a database restart stays a "database
   * unavailable" (503), not a "connection is closed" (500) ({@code PostgresRestartTest}).
   */
  static <T> T within(Connection c, Plans plans, SqlWork<T> work) throws SQLException {
    if (plans.mode == null || !c.isWrapperFor(org.postgresql.PGConnection.class)) {
      return work.run(c);
    }
    c.setAutoCommit(false);
    T result;
    try {
      try (PreparedStatement s = c.prepareStatement(plans.setting())) {
        s.execute();
      }
      result = work.run(c);
      c.commit();
    } catch (SQLException | RuntimeException | Error e) {
      try {
        c.rollback();
      } catch (SQLException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      try {
        c.setAutoCommit(true);
      } catch (SQLException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    c.setAutoCommit(true);
    return result;
  }
}
