package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * A request refused for load, not for what it asked: 429 when this client already has its share of
 * expensive work in flight, 503 when the server is at its limit, a statement ran past its timeout
 * or no database connection came free in time. Always answered with {@code Retry-After}
 * ({@link #retryAfterSeconds}), never as a 500.
 */
final class TooBusy extends ApiException {
  private static final long serialVersionUID = 1L;
  /** SQLState of a statement cancelled by its timeout, on H2 and PostgreSQL alike. */
  static final String STATEMENT_TIMEOUT = "57014";
  /**
   * SQLStates of a database that is going away or not there for a moment: the connection
   * exception class (08…, also Hikari's "Connection is closed") and PostgreSQL's administrator,
   * crash and startup shutdowns (57P01–57P03), as while PostgreSQL restarts or fails over.
   */
  private static final java.util.Set<String> UNAVAILABLE = java.util.Set.of("57P01", "57P02", "57P03");
  private final int retryAfterSeconds;

  private TooBusy(int status, ErrorCode code, String message, int retryAfterSeconds, Object... params) {
    super(status, code, message, params);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static TooBusy perClient(int limit) {
    return new TooBusy(429, ErrorCode.CLIENT_BUSY, "this client already has " + limit + " exports, counts, matches"
        + " or searches in progress; wait for one to finish", 2, "limit", limit);
  }

  static TooBusy perNode(int limit) {
    return new TooBusy(503, ErrorCode.SERVER_BUSY, "the server is answering " + limit + " exports, counts, matches"
        + " or searches for visitors already; try again shortly", 2, "limit", limit);
  }

  static TooBusy tiles(int limit) {
    return new TooBusy(503, ErrorCode.TILES_BUSY, "the server is drawing " + limit
        + " vector tiles already; try again shortly", 1, "limit", limit);
  }

  /**
   * The overload behind a failure, if that is what it was: a statement timeout, no free
   * connection, or a database restarting or unreachable.
   */
  static Optional<TooBusy> causing(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return Optional.of(new TooBusy(503, ErrorCode.DATABASE_BUSY,
            "the database is busy: no connection came free in time; try again shortly", 5));
      }
      if (t instanceof SQLException e && STATEMENT_TIMEOUT.equals(e.getSQLState())) {
        return Optional.of(new TooBusy(503, ErrorCode.STATEMENT_TIMEOUT,
            "the request took longer than the database allows and was stopped; narrow it or try again later", 10));
      }
      if (t instanceof SQLException e && e.getSQLState() != null
          && (e.getSQLState().startsWith("08") || UNAVAILABLE.contains(e.getSQLState()))) {
        return Optional.of(new TooBusy(503, ErrorCode.DATABASE_UNAVAILABLE,
            "the database is not reachable for a moment (restarting or failing over); try again shortly", 5));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
