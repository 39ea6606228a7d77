package parcelatlas.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 * <p>On PostgreSQL the choice is sent as {@code set_config('plan_cache_mode', …, true)} before the
 * statement, in the same round trip (pgjdbc sends both, then one Sync: the setting lasts the
 * implicit transaction, that statement only). Values stay bound either way. H2 has no plan cache of
 * this kind: nothing is sent there.
 */
public enum Plans {
  /** PostgreSQL's own choice (plan_cache_mode {@code auto}). */
  AUTO(null),
  /** One plan for every value: the shape's best plan does not depend on its values. */
  ONCE("force_generic_plan"),
  /** Planned for its values at each execution: the best plan depends on them. */
  EACH_TIME("force_custom_plan");

  private final String mode;

  Plans(String mode) {
    this.mode = mode;
  }

  /** The statement that sets this choice for the rest of the transaction, or null for {@link #AUTO}. */
  public String setting() {
    return mode == null ? null : "SELECT set_config('plan_cache_mode', '" + mode + "', true)";
  }

  /** Whether this choice is sent on {@code c}: not {@link #AUTO}, and the database is PostgreSQL. */
  boolean sentOn(Connection c) throws SQLException {
    return mode != null && c.isWrapperFor(org.postgresql.PGConnection.class);
  }

  /** Prepares {@code sql}, led by this choice's setting when {@code led} ({@link #sentOn}). */
  PreparedStatement prepare(Connection c, FeatureSql.Statement sql, boolean led) throws SQLException {
    return FeatureReader.prepare(c, led ? new FeatureSql.Statement(setting() + "; " + sql.sql(), sql.params()) : sql);
  }

  /** Runs a statement of {@link #prepare}: the query's rows (the second result when the setting leads). */
  static ResultSet query(PreparedStatement s, boolean led) throws SQLException {
    if (!led) {
      return s.executeQuery();
    }
    s.execute();
    s.getMoreResults();
    return s.getResultSet();
  }
}
